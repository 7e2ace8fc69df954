import { useId } from 'react';

/** A titled box of short plain lines ("What you need to know", "What Hold On saw"). */
export function BoxedList(props: { readonly title: string; readonly items: readonly string[] }) {
  const id = useId();
  return (
    <section className="boxed-list" aria-labelledby={id}>
      <h2 id={id}>{props.title}</h2>
      <ul>
        {props.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

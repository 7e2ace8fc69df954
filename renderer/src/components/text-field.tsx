import { useId } from 'react';

/** One labelled text box; marked invalid when the core named its field (`path`) in an error. */
export function TextField(props: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly path: string;
  readonly errorField?: string | undefined;
  readonly type?: 'text' | 'email' | 'tel' | 'url' | 'password';
  readonly hint?: string;
  readonly autoComplete?: string;
}) {
  const id = useId();
  const invalid = props.errorField !== undefined && props.errorField === props.path;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.hint ? (
        <span className="hint" id={`${id}-hint`}>
          {props.hint}
        </span>
      ) : null}
      <input
        id={id}
        type={props.type ?? 'text'}
        value={props.value}
        autoComplete={props.autoComplete ?? 'off'}
        spellCheck={false}
        data-field={props.path}
        aria-invalid={invalid}
        {...(props.hint ? { 'aria-describedby': `${id}-hint` } : {})}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}

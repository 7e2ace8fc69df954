import { createContext, useContext, type ReactNode } from 'react';
import type { FieldProblem } from '../../../shared/ipc/result';
import type { Country } from '../../../shared/settings/choices';

interface FieldProblems {
  readonly problems: readonly FieldProblem[];
  /** The settings' country: a phone problem shows how numbers are written there. */
  readonly country: Country | undefined;
}

const Context = createContext<FieldProblems>({ problems: [], country: undefined });

/**
 * The boxes the core refused, for every text box below: each box shows its own problem next to
 * it, named by its label ("Phone number: type it with the country code…").
 */
export function FieldProblemsProvider(props: FieldProblems & { readonly children: ReactNode }) {
  return (
    <Context.Provider value={{ problems: props.problems, country: props.country }}>
      {props.children}
    </Context.Provider>
  );
}

/** The problem the core named for this box (`contacts[0].phone`), if any; and the country. */
export function useFieldProblem(path: string): {
  problem: FieldProblem | undefined;
  country: Country | undefined;
} {
  const { problems, country } = useContext(Context);
  return { problem: problems.find((p) => p.field === path), country };
}

/** Whether any refused box lies under this path (`contacts[1]`): that part is worth opening. */
export function useProblemsUnder(prefix: string): boolean {
  const { problems } = useContext(Context);
  return problems.some(
    (p) => p.field === prefix || p.field.startsWith(`${prefix}.`) || p.field.startsWith(`${prefix}[`),
  );
}

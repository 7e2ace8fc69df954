import { useId } from 'react';
import { useTranslation } from '../state/use-translation';
import { problemSentence } from './api-error-text';
import { useFieldProblem } from './field-problems';

/**
 * One labelled text box. When the core refused it (its `path` is named in the error), the box is
 * marked invalid and says why right below it, starting with its own name, so the sentence makes
 * sense when read out alone.
 */
export function TextField(props: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly path: string;
  readonly errorField?: string | undefined;
  readonly type?: 'text' | 'email' | 'tel' | 'url' | 'password' | 'number';
  readonly hint?: string;
  readonly autoComplete?: string;
}) {
  const id = useId();
  const { t } = useTranslation();
  const { problem, country } = useFieldProblem(props.path);
  const invalid =
    problem !== undefined || (props.errorField !== undefined && props.errorField === props.path);
  const described = [props.hint ? `${id}-hint` : '', problem ? `${id}-problem` : '']
    .filter(Boolean)
    .join(' ');
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
        {...(described ? { 'aria-describedby': described } : {})}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {problem ? (
        <p className="field-problem" id={`${id}-problem`}>
          {props.label}: {problemSentence(t, problem, country)}
        </p>
      ) : null}
    </div>
  );
}

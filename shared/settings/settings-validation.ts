import type { z } from 'zod';
import { settingsSchema, type Settings } from './settings-schema';

export interface SettingsProblem {
  /** Dotted path of the field, e.g. `contacts[0].channels[1].to`; empty for the whole file. */
  readonly field: string;
  readonly message: string;
}

export type SettingsParse =
  | { readonly ok: true; readonly settings: Settings }
  | { readonly ok: false; readonly problems: readonly SettingsProblem[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

function problemsOf(error: z.ZodError): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const field = formatPath([...issue.path, key]);
        problems.push({ field, message: `unknown field "${field}"` });
      }
      continue;
    }
    const field = formatPath(issue.path);
    problems.push({ field, message: field === '' ? issue.message : `field "${field}": ${issue.message}` });
  }
  return problems;
}

/** Validates already-parsed JSON. */
export function validateSettings(value: unknown): SettingsParse {
  const parsed = settingsSchema.safeParse(value);
  return parsed.success
    ? { ok: true, settings: parsed.data }
    : { ok: false, problems: problemsOf(parsed.error) };
}

/** Parses the text of a settings file; bad JSON is reported with its position. */
export function parseSettingsText(text: string): SettingsParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ field: '', message: `the file is not valid JSON (${detail})` }] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problems: [{ field: '', message: 'the file must hold one JSON object { ... }' }] };
  }
  return validateSettings(value);
}

export function describeProblems(problems: readonly SettingsProblem[]): string {
  return problems.map((p) => p.message).join('; ');
}

export function settingsToText(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

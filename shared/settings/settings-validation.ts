import type { z } from 'zod';
import { isCountry } from './choices';
import { toInternational } from './phone-numbers';
import { settingsSchema, smtpOptionsAreSafe, urlHasCredentials, type Settings } from './settings-schema';

/**
 * What is wrong with one box, as a code the screens say in the person's language (next to the
 * box, naming it), and in English for the command line and the log.
 */
export const problemCodes = [
  /** Empty, and needed. */
  'required',
  'too-long',
  'email',
  'phone',
  'url',
  /** A web address with `name:password@` in it. */
  'url-credentials',
  'topic',
  'secret-short',
  /** The mail server: choose a provider or type the server. */
  'mail-server',
  /** A mail server address with options after "?" other than `requireTLS`. */
  'mail-options',
  'twilio-sid',
  'choose-one',
  'number-range',
  /** An e-mail contact and no account to send from. */
  'needs-mail-server',
  /** A text-message contact and no Twilio account. */
  'needs-sms-account',
  'duplicate-name',
  'unknown-tool',
  'unknown-field',
  'not-json',
  'not-object',
  'invalid',
] as const;
export type ProblemCode = (typeof problemCodes)[number];

export interface SettingsProblem {
  /** Dotted path of the field, e.g. `contacts[0].channels[1].to`; empty for the whole file. */
  readonly field: string;
  readonly code: ProblemCode;
  /** In English, naming the field: for the command line and the log. */
  readonly message: string;
  /** What the sentence needs: the longest allowed length (`max`). */
  readonly max?: number;
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

/** The code for a value in this field that the schema refused, from what the field holds. */
function codeFor(field: string, issue: z.core.$ZodIssue, value: unknown, parent: unknown): ProblemCode {
  if (issue.code === 'too_big') return 'too-long';
  if (issue.code === 'too_small' && issue.origin === 'array') return 'choose-one';
  if (issue.code === 'too_small' && issue.origin === 'number') return 'number-range';
  // A value outside a fixed list (a protection level, a language, a severity).
  if (issue.code === 'invalid_value' && !/toolId$/.test(field)) return 'number-range';
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) return 'required';
  const last =
    field
      .replace(/\[\d+\]/g, '')
      .split('.')
      .pop() ?? '';
  if (/phone$/i.test(last) || field === 'twilio.from') return 'phone';
  if (last === 'to') return (parent as { type?: unknown } | undefined)?.type === 'email' ? 'email' : 'phone';
  if ((last === 'url' || last === 'server') && typeof value === 'string' && urlHasCredentials(value))
    return 'url-credentials';
  if (last === 'url' || last === 'server') return 'url';
  if (last === 'topic' || last === 'replyTopic') return 'topic';
  if (last === 'secret') return 'secret-short';
  if (last === 'smtpUrl' && typeof value === 'string' && !smtpOptionsAreSafe(value)) return 'mail-options';
  if (last === 'smtpUrl') return 'mail-server';
  if (last === 'accountSid') return 'twilio-sid';
  if (last === 'toolId') return 'unknown-tool';
  return 'invalid';
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = root;
  for (const part of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<PropertyKey, unknown>)[part];
  }
  return at;
}

function problemsOf(error: z.ZodError, input: unknown): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const field = formatPath([...issue.path, key]);
        problems.push({ field, code: 'unknown-field', message: `unknown field "${field}"` });
      }
      continue;
    }
    const field = formatPath(issue.path);
    const code = codeFor(field, issue, valueAt(input, issue.path), valueAt(input, issue.path.slice(0, -1)));
    const max =
      issue.code === 'too_big' && typeof issue.maximum === 'number' ? Number(issue.maximum) : undefined;
    problems.push({
      field,
      code,
      message:
        field === ''
          ? issue.message
          : `field "${field}": ${code === 'required' ? 'fill it in' : issue.message}`,
      ...(max === undefined ? {} : { max }),
    });
  }
  return problems;
}

/**
 * What the schema cannot see: a channel whose account is missing (an e-mail contact and no mail
 * server: the alert could never be sent, so it is refused, not saved half-done), and two
 * contacts with one name (alerts and tests find a contact by name).
 */
export function incompleteParts(settings: Settings): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const contacts = settings.contacts ?? [];
  const uses = (type: string) => contacts.some((c) => c.channels.some((ch) => ch.type === type));
  if (uses('email') && !settings.email) {
    problems.push({
      field: 'email.smtpUrl',
      code: 'needs-mail-server',
      message: 'field "email.smtpUrl": an e-mail contact needs the mail server alerts are sent through',
    });
  }
  if (uses('sms') && !settings.twilio) {
    problems.push({
      field: 'twilio.accountSid',
      code: 'needs-sms-account',
      message:
        'field "twilio.accountSid": a text-message contact needs the Twilio account texts are sent from',
    });
  }
  const seen = new Set<string>();
  contacts.forEach((contact, i) => {
    const name = contact.name.toLocaleLowerCase();
    if (seen.has(name)) {
      problems.push({
        field: `contacts[${i}].name`,
        code: 'duplicate-name',
        message: `field "contacts[${i}].name": another contact is called "${contact.name}"`,
      });
    }
    seen.add(name);
  });
  return problems;
}

/**
 * Phone numbers typed in the settings' country's own way become international ("(0171)
 * 555-0199" in Germany is "+491715550199"); one that cannot be read is left for the schema to
 * refuse, naming its box.
 */
export function withInternationalPhones(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const doc = value as Record<string, unknown>;
  const country = isCountry(doc.country) ? doc.country : undefined;
  const phone = (v: unknown): unknown => (typeof v === 'string' ? (toInternational(v, country) ?? v) : v);
  const next: Record<string, unknown> = { ...doc };
  if ('seniorPhone' in doc) next.seniorPhone = phone(doc.seniorPhone);
  if (typeof doc.twilio === 'object' && doc.twilio !== null) {
    const twilio = doc.twilio as Record<string, unknown>;
    next.twilio = 'from' in twilio ? { ...twilio, from: phone(twilio.from) } : twilio;
  }
  if (Array.isArray(doc.contacts)) {
    next.contacts = doc.contacts.map((c: unknown) => {
      if (typeof c !== 'object' || c === null) return c;
      const contact = { ...(c as Record<string, unknown>) };
      if ('phone' in contact) contact.phone = phone(contact.phone);
      if (Array.isArray(contact.channels)) {
        contact.channels = contact.channels.map((ch: unknown) =>
          typeof ch === 'object' && ch !== null && (ch as { type?: unknown }).type === 'sms'
            ? { ...ch, to: phone((ch as { to?: unknown }).to) }
            : ch,
        );
      }
      return contact;
    });
  }
  return next;
}

/** Validates already-parsed JSON. */
export function validateSettings(value: unknown): SettingsParse {
  const input = withInternationalPhones(value);
  const parsed = settingsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error, input) };
  const incomplete = incompleteParts(parsed.data);
  return incomplete.length > 0 ? { ok: false, problems: incomplete } : { ok: true, settings: parsed.data };
}

/** Parses the text of a settings file; bad JSON is reported with its position. */
export function parseSettingsText(text: string): SettingsParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ field: '', code: 'not-json', message: `the file is not valid JSON (${detail})` }],
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      problems: [{ field: '', code: 'not-object', message: 'the file must hold one JSON object { ... }' }],
    };
  }
  return validateSettings(value);
}

export function describeProblems(problems: readonly SettingsProblem[]): string {
  return problems.map((p) => p.message).join('; ');
}

export function settingsToText(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

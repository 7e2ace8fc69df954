/** What the screens see instead of a secret (settings-schema.ts says more). */
export const redactedSecret = '•••';

/**
 * What the screens, the outbox and the history see of a secret that also names where alerts go
 * (a webhook address, a push topic, a Twilio account): "•••" and a short mark that tells two
 * apart, like the last digits of a card. "https://hooks.example.org/T0/B0/XyZ" reads
 * "https://hooks.example.org/•••3f2a"; the topic "holdon-k2J…" reads "•••9c1e".
 *
 * The mark is 4 hex digits of a hash: it lets one contact have two phones on one server, and
 * gives away at most 16 bits of a secret that has far more (a paired topic has about 99).
 */
export type MaskKind = 'url' | 'topic' | 'sid';

const markPattern = '•••[0-9a-f]{4}';
const maskedForms: Record<MaskKind, RegExp> = {
  url: new RegExp(`^https?://[^/\\s]+/${markPattern}$`),
  topic: new RegExp(`^${markPattern}$`),
  sid: new RegExp(`^AC${markPattern}$`),
};

/** Whether a value is the masked form of its kind (the screens sent back what they were given). */
export const isMasked = (kind: MaskKind, value: string): boolean => maskedForms[kind].test(value);

/** A secret given as "•••" or as its masked form: the stored one is kept. */
export const isHidden = (kind: MaskKind | null, value: string): boolean =>
  value === redactedSecret || (kind !== null && isMasked(kind, value));

/** 4 hex digits of FNV-1a over the text (the same in the core and the renderer, no crypto module). */
export function mark(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash >>> 16).toString(16).padStart(4, '0');
}

/**
 * An address without its name, password and fragment: what tells two webhooks apart (a query
 * such as "?to=ann" does: two webhooks may differ by it alone).
 */
export function addressOf(text: string): URL | null {
  try {
    const url = new URL(text);
    url.username = '';
    url.password = '';
    url.hash = '';
    return url;
  } catch {
    return null;
  }
}

/** The masked form of a secret (a masked form stays as it is). */
export function masked(kind: MaskKind, value: string): string {
  if (isHidden(kind, value)) return value;
  if (kind === 'topic') return `${redactedSecret}${mark(value)}`;
  if (kind === 'sid') return `AC${redactedSecret}${mark(value)}`;
  const url = addressOf(value);
  if (!url) return redactedSecret;
  return `${url.protocol}//${url.host}/${redactedSecret}${mark(url.toString())}`;
}

import { defaultNtfyServer } from './settings-schema';

/** The push server a channel uses, as one address: its own (without a trailing "/") or ntfy.sh. */
export const ntfyServerOf = (server: string | undefined): string =>
  (server ?? defaultNtfyServer).replace(/\/+$/, '');

/**
 * The push server new phone pairings use: `HOLDON_NTFY_SERVER` when a family runs its own ntfy
 * server (an http or https address), else the public ntfy.sh. A value that is not such an
 * address is ignored, so a typo cannot send pairings somewhere unexpected.
 */
export function pairingServer(env: Readonly<Record<string, string | undefined>>): string {
  const text = env.HOLDON_NTFY_SERVER?.trim();
  if (!text) return defaultNtfyServer;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:'
      ? text.replace(/\/+$/, '')
      : defaultNtfyServer;
  } catch {
    return defaultNtfyServer;
  }
}

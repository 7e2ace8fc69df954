import type { ProcessSource } from '../ports/process-source';

/** How long the fallback serves after the primary source failed, before the primary is tried again. */
const retryAfterMs = 60_000;

/**
 * A process source that falls back to another when it fails: the native Windows list (koffi)
 * falls back to ps-list, so a missing or broken native binary costs speed, never protection.
 * The failure is told once per spell; the primary source is tried again a minute later.
 */
export function withFallback(
  primary: ProcessSource,
  fallback: ProcessSource,
  options: { readonly onFallback: (error: unknown) => void; readonly now?: () => number },
): ProcessSource {
  const now = options.now ?? Date.now;
  let failedAt: number | null = null;
  return {
    name: `${primary.name} (else ${fallback.name})`,
    skippedEntries: () => (primary.skippedEntries?.() ?? 0) + (fallback.skippedEntries?.() ?? 0),
    async snapshot(known) {
      if (failedAt === null || now() - failedAt >= retryAfterMs) {
        try {
          const list = await primary.snapshot(known);
          failedAt = null;
          return list;
        } catch (error) {
          if (failedAt === null) options.onFallback(error);
          failedAt = now();
        }
      }
      return fallback.snapshot(known);
    },
  };
}

import type { Logger } from '../logging/logger';
import type { Protection } from '../protection/protection-state';

/** The reason `secrets` gives while a stored secret cannot be read (the alert says it in each language). */
export const secretsUnreadable = 'secrets-unreadable';

/**
 * A deleted or replaced `secrets.key` leaves every channel that needs a password or token
 * silent. That is never quiet: protection is "degraded" (the screens and the tray say so) and
 * the family hears of it on whatever channel still works, until the secrets are set again.
 */
export function secretHealth(
  protection: () => Pick<Protection, 'setDegraded'>,
  logger: Logger,
): { onUnreadable(path: string): void; onAllReadable(): void } {
  return {
    onUnreadable(path) {
      logger.warn('a stored secret could not be decrypted', { path });
      protection().setDegraded('secrets', secretsUnreadable);
    },
    onAllReadable: () => protection().setDegraded('secrets', null),
  };
}

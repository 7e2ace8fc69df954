import { redactedSecret, type Settings } from './settings-schema';
import { replaceSecrets, secretSlots } from './secret-fields';

/** What the screens may see of the settings: every password, token and secret replaced by "•••". */
export function redactSettings(settings: Settings): Settings {
  const redacted = replaceSecrets(settings, () => redactedSecret);
  if (!redacted.email) return redacted;
  // A URL keeps the dots percent-encoded; people should read "•••" in the mail server address.
  const smtpUrl = redacted.email.smtpUrl.replace(encodeURIComponent(redactedSecret), redactedSecret);
  return { ...redacted, email: { ...redacted.email, smtpUrl } };
}

/**
 * Settings coming back from the screens (or an exported file) carry "•••" where a secret was.
 * Each "•••" takes the stored secret of the same account, topic or URL (not the same position,
 * so reordering contacts keeps every secret with its channel). A "•••" with nothing to take
 * stays "•••" and the channel reports that its secret must be entered again.
 */
export function restoreRedactedSecrets(next: Settings, stored: Settings): Settings {
  const known = new Map(secretSlots(stored).map((s) => [s.id, s.value]));
  return replaceSecrets(next, (slot) =>
    slot.value === redactedSecret ? (known.get(slot.id) ?? redactedSecret) : slot.value,
  );
}

import { redactedSecret, type Settings } from './settings-schema';
import { replaceSecrets } from './secret-fields';

/** What the screens may see of the settings: every password, token and secret replaced by "•••". */
export function redactSettings(settings: Settings): Settings {
  const redacted = replaceSecrets(settings, () => redactedSecret);
  if (!redacted.email) return redacted;
  // A URL keeps the dots percent-encoded; people should read "•••" in the mail server address.
  const smtpUrl = redacted.email.smtpUrl.replace(encodeURIComponent(redactedSecret), redactedSecret);
  return { ...redacted, email: { ...redacted.email, smtpUrl } };
}

import { redactedSecret, type Settings } from './settings-schema';
import { replaceSecrets } from './secret-fields';

/**
 * What the screens may see of the settings: every password, token and secret replaced by "•••",
 * and every webhook address, push topic and Twilio account by its masked form.
 */
export function redactSettings(settings: Settings): Settings {
  const redacted = replaceSecrets(settings, (slot) => slot.masked);
  if (!redacted.email) return redacted;
  // A URL keeps the dots percent-encoded; people should read "•••" in the mail server address.
  const smtpUrl = redacted.email.smtpUrl.replace(encodeURIComponent(redactedSecret), redactedSecret);
  return { ...redacted, email: { ...redacted.email, smtpUrl } };
}

const address = /\b(?:https?|smtps?|wss?):\/\/[^\s"'<>`]+/gi;

/**
 * Text (an error, a log line) with every web or mail address cut to its server: a name and
 * password, a path (a webhook's token, a push topic) or a query (a key) becomes "•••".
 * "https://hooks.example.org/T0/B0/XyZ?key=1" reads "https://hooks.example.org/•••".
 */
export function redactAddresses(text: string): string {
  return text.replace(address, (match) => {
    // A full stop, comma or bracket after an address belongs to the sentence.
    const trail = /[.,;:!?)\]]+$/.exec(match)?.[0] ?? '';
    const found = match.slice(0, match.length - trail.length);
    let url: URL;
    try {
      url = new URL(found);
    } catch {
      return `${found.slice(0, found.indexOf(':'))}://${redactedSecret}${trail}`;
    }
    const hidden = url.username !== '' || url.password !== '' || url.pathname.length > 1 || url.search !== '';
    return `${url.protocol}//${url.host}${hidden ? `/${redactedSecret}` : ''}${trail}`;
  });
}

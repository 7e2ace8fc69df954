import type { Settings } from '../../../../shared/settings/settings-schema';

/** What the screens may see of the settings: passwords and tokens replaced by "•••". */
export function redactSettings(settings: Settings): Settings {
  if (!settings.email) return settings;
  let smtpUrl = settings.email.smtpUrl;
  try {
    const url = new URL(smtpUrl);
    if (url.password) url.password = '•••';
    smtpUrl = url.toString();
  } catch {
    smtpUrl = '•••';
  }
  return { ...settings, email: { ...settings.email, smtpUrl } };
}

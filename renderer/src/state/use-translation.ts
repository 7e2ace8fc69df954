import { languageFromLocale, translator, type Translator } from '../../../shared/i18n/i18n';
import { useAppStore } from './app-store';

/** The language the person chose in settings, else the computer's. */
export function useTranslation(): Translator {
  const chosen = useAppStore((s) => s.settings?.language);
  return translator(chosen ?? languageFromLocale(navigator.language));
}

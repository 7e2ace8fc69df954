import { useState } from 'react';
import type { Delivery } from '../../../shared/model/alert';
import type { ApiError } from '../../../shared/ipc/result';
import type { Settings } from '../../../shared/settings/settings-schema';
import { isPinError, pinErrorText } from '../components/pin-error';
import { useAppStore } from './app-store';
import { useTranslation } from './use-translation';

export type SaveOutcome = { readonly saved: true } | { readonly saved: false; readonly error: ApiError };

/**
 * A working copy of the settings for the caregiver screens. Saving sends the whole document
 * with the PIN; the core checks both and names the field that is wrong.
 */
export function useSettingsDraft(pin: string) {
  const { t, language } = useTranslation();
  const { core, settings } = useAppStore();
  const [draft, setDraft] = useState<Settings>(settings ?? {});
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);

  const describe = (error: ApiError): string =>
    isPinError(error)
      ? pinErrorText(t, error, language)
      : t('caregiver.saveFailed', { reason: error.message });

  const save = async (next: Settings = draft): Promise<boolean> => {
    const result = await core.saveSettings(pin, next as Record<string, unknown>);
    if (!result.ok) {
      setOutcome({ saved: false, error: result.error });
      return false;
    }
    setDraft(result.value);
    setOutcome({ saved: true });
    return true;
  };

  /** Saves first (the test goes to the contact as saved), then sends and reports each channel. */
  const testContact = async (name: string): Promise<readonly Delivery[] | string> => {
    if (!(await save())) return t('caregiver.test.saveFirst');
    const result = await core.testContact(name);
    return result.ok ? result.value : result.error.message;
  };

  return {
    draft,
    setDraft,
    save,
    testContact,
    outcome,
    clearOutcome: () => setOutcome(null),
    errorField: outcome && !outcome.saved ? outcome.error.field : undefined,
    outcomeText: outcome === null ? '' : outcome.saved ? t('caregiver.saved') : describe(outcome.error),
  };
}

import { useState } from 'react';
import type { Delivery } from '../../../shared/model/alert';
import type { ApiError, FieldProblem } from '../../../shared/ipc/result';
import type { Settings } from '../../../shared/settings/settings-schema';
import { apiErrorText } from '../components/api-error-text';
import { wayName } from '../components/reach-list';
import { useAppStore } from './app-store';
import { useTranslation } from './use-translation';

export type SaveOutcome = { readonly saved: true } | { readonly saved: false; readonly error: ApiError };

const noProblems: readonly FieldProblem[] = [];

/**
 * A working copy of the settings for the caregiver screens. Saving sends the whole document
 * with the PIN; the core checks both and names every box that is wrong (`problems`), which the
 * boxes show next to themselves. `prepare` shapes the first copy (setup starts with one contact).
 */
export function useSettingsDraft(pin: string, prepare: (settings: Settings) => Settings = (s) => s) {
  const { t, language } = useTranslation();
  const { core, settings } = useAppStore();
  const [draft, setDraft] = useState<Settings>(() => prepare(settings ?? {}));
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);

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
    return result.ok ? result.value : apiErrorText(t, result.error, language);
  };

  /** The caregiver says a test e-mail or text arrived: that way now counts as working. */
  const confirmContact = async (contactName: string, delivery: Delivery): Promise<string> => {
    const channelType = delivery.channelType === 'sms' ? 'sms' : 'email';
    const result = await core.confirmContact({
      pin,
      contactName,
      channelType,
      channelTarget: delivery.channelTarget,
    });
    const way = wayName(t, contactName, { type: channelType, target: delivery.channelTarget });
    return result.ok ? t('caregiver.reach.working', { way }) : apiErrorText(t, result.error, language);
  };

  const error = outcome && !outcome.saved ? outcome.error : undefined;
  return {
    draft,
    setDraft,
    save,
    testContact,
    confirmContact,
    outcome,
    clearOutcome: () => setOutcome(null),
    problems: error?.problems ?? noProblems,
    outcomeText:
      outcome === null
        ? ''
        : outcome.saved
          ? t('caregiver.saved')
          : t('caregiver.saveFailed', { reason: apiErrorText(t, outcome.error, language) }),
  };
}

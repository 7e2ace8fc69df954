import type { Translate } from '../../../shared/i18n/i18n';
import type { ApiError } from '../../../shared/ipc/result';

/** Says why the PIN was refused: wrong (and how many tries are left), locked until when, missing (see isPinError). */
export function pinErrorText(t: Translate, error: ApiError, language: string): string {
  switch (error.code) {
    case 'wrong-pin':
      return t('caregiver.pin.wrong', { count: error.triesLeft ?? 0 });
    case 'pin-locked':
      return t('caregiver.pin.locked', {
        time: new Date(error.lockedUntil ?? Date.now()).toLocaleTimeString(language, {
          hour: 'numeric',
          minute: '2-digit',
        }),
      });
    case 'pin-unreadable':
      return t('caregiver.pin.unreadable');
    default:
      return t('caregiver.pin.required');
  }
}

export const isPinError = (error: ApiError): boolean =>
  error.code === 'wrong-pin' ||
  error.code === 'pin-locked' ||
  error.code === 'pin-required' ||
  error.code === 'pin-unreadable';

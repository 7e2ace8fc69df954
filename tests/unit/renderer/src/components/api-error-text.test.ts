import { describe, expect, it } from 'vitest';
import { translator } from '../../../../../shared/i18n/i18n';
import type { ApiErrorCode } from '../../../../../shared/ipc/result';
import { languages } from '../../../../../shared/settings/choices';
import { problemCodes } from '../../../../../shared/settings/settings-validation';
import { apiErrorText, problemSentence } from '../../../../../renderer/src/components/api-error-text';

const codes: readonly ApiErrorCode[] = [
  'unknown-channel',
  'bad-request',
  'invalid-settings',
  'not-permitted',
  'not-found',
  'internal',
  'pin-required',
  'wrong-pin',
  'pin-locked',
  'rate-limited',
];
const english = 'field "contacts[0].phone": Invalid input: expected string, received undefined';

describe('what a screen says when the core refuses', () => {
  for (const language of languages) {
    const { t } = translator(language);
    it(`never shows the core's English text, in ${language}`, () => {
      for (const code of codes) {
        const text = apiErrorText(t, { code, message: english, triesLeft: 2, lockedUntil: 0 }, language);
        expect(text, code).not.toContain('contacts[0]');
        expect(text, code).not.toMatch(/^(error|caregiver)\./);
        expect(text.length, code).toBeGreaterThan(5);
      }
    });

    it(`explains every refused box in ${language}, with the country's own phone example`, () => {
      for (const code of problemCodes) {
        const text = problemSentence(t, { field: 'x', code, max: 60 }, 'DE');
        expect(text, code).not.toMatch(/^problem\./);
        expect(text, code).not.toContain('{{');
      }
      expect(problemSentence(t, { field: 'contacts[0].phone', code: 'phone' }, 'DE')).toContain('+49');
      expect(problemSentence(t, { field: 'contacts[0].phone', code: 'phone' }, undefined)).toContain('+1');
    });
  }

  it('says how many minutes to wait when asked too often', () => {
    const { t } = translator('en');
    const text = (retryAfterMs: number) =>
      apiErrorText(t, { code: 'rate-limited', message: 'x', retryAfterMs }, 'en');
    expect(text(9.5 * 60_000)).toBe('That was asked for too often. Please wait 10 minutes, then try again.');
    expect(text(20_000)).toBe('That was asked for too often. Please wait 1 minute, then try again.');
    expect(
      apiErrorText(translator('de').t, { code: 'rate-limited', message: 'x', retryAfterMs: 120_000 }, 'de'),
    ).toBe('Das wurde zu oft versucht. Bitte warten Sie 2 Minuten und versuchen Sie es dann noch einmal.');
  });

  it('counts the boxes to change instead of naming the first one', () => {
    const { t } = translator('en');
    const problems = [
      { field: 'contacts[0].name', code: 'required' },
      { field: 'email.smtpUrl', code: 'needs-mail-server' },
    ];
    expect(apiErrorText(t, { code: 'invalid-settings', message: english, problems }, 'en')).toBe(
      '2 boxes need a change (see below).',
    );
  });
});

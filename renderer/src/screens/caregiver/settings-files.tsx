import { apiErrorText, problemSentence } from '../../components/api-error-text';
import { useRef, useState, type ChangeEvent } from 'react';
import type { Settings } from '../../../../shared/settings/settings-schema';
import { dateStamp, downloadText } from '../../components/download';
import { isPinError, pinErrorText } from '../../components/pin-error';
import { useAppStore } from '../../state/app-store';
import { useTranslation } from '../../state/use-translation';

/**
 * Export and import of the settings file, to set up several parents' computers the same way.
 * The exported file has "•••" where passwords were (the screens never see them); after an
 * import the caregiver types them again, or imports the full file with `holdon settings import`.
 */
export function SettingsFiles(props: { readonly pin: string; readonly onImported: (s: Settings) => void }) {
  const { t, language } = useTranslation();
  const core = useAppStore((s) => s.core);
  const settings = useAppStore((s) => s.settings);
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const fail = (error: Parameters<typeof pinErrorText>[1]): void =>
    setMessage({
      ok: false,
      text: isPinError(error)
        ? pinErrorText(t, error, language)
        : t('caregiver.files.importFailed', {
            // A file's problems name their place in it (contacts[0].phone): the family can find it.
            reason: error.problems?.length
              ? error.problems
                  .map((p) => `${p.field ? `${p.field}: ` : ''}${problemSentence(t, p, settings?.country)}`)
                  .join(' ')
              : apiErrorText(t, error, language),
          }),
    });

  const exportFile = async (): Promise<void> => {
    const result = await core.exportSettings(props.pin);
    if (!result.ok) return fail(result.error);
    downloadText(`holdon-settings-${dateStamp()}.json`, result.value.text, 'application/json');
    setMessage({ ok: true, text: t('caregiver.files.exported') });
  };
  const importFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const result = await core.importSettings(props.pin, await file.text());
    if (!result.ok) return fail(result.error);
    props.onImported(result.value);
    setMessage({ ok: true, text: t('caregiver.files.imported', { name: file.name }) });
  };
  return (
    <section aria-labelledby="cg-files">
      <h2 id="cg-files">{t('caregiver.files.title')}</h2>
      <p className="note">{t('caregiver.files.lead')}</p>
      <div className="row">
        <button type="button" className="button button-secondary" onClick={() => void exportFile()}>
          {t('caregiver.files.export')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => input.current?.click()}>
          {t('caregiver.files.import')}
        </button>
        {/* Opened by the button above: a file box styled as a large button of its own. */}
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label={t('caregiver.files.import')}
          onChange={(e) => void importFile(e)}
        />
      </div>
      <p className={message?.ok === false ? 'problem' : 'note'} role="status">
        {message?.text ?? ''}
      </p>
    </section>
  );
}

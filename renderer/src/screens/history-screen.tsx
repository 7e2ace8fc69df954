import type { ApiError } from '../../../shared/ipc/result';
import { apiErrorText } from '../components/api-error-text';
import { useEffect, useState } from 'react';
import { historyToCsv } from '../../../shared/history/history-csv';
import { describeReason, type MessageKey } from '../../../shared/i18n/i18n';
import { historyTypes, type HistoryEntry, type HistoryType } from '../../../shared/model/history';
import { dateStamp, downloadText } from '../components/download';
import { ScreenFrame } from '../components/screen-frame';
import { useAppStore } from '../state/app-store';
import { useTranslation } from '../state/use-translation';

/** What happened, newest first: incidents, actions, alerts and whether they arrived, pauses, PIN events. */
export function HistoryScreen() {
  const { t, language } = useTranslation();
  const core = useAppStore((s) => s.core);
  const status = useAppStore((s) => s.status);
  const country = useAppStore((s) => s.settings?.country);
  const [type, setType] = useState<HistoryType | ''>('');
  const [entries, setEntries] = useState<readonly HistoryEntry[] | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);
  useEffect(() => {
    let live = true;
    void core.history(type === '' ? undefined : type).then((result) => {
      if (!live) return;
      if (result.ok) setEntries(result.value);
      else setProblem(result.error);
    });
    return () => {
      live = false;
    };
    // A new incident or a pause changes the status: read the history again.
  }, [core, type, status]);

  const when = (at: number): string =>
    // The country's own date style: 30 Nov 2026 in the UK, Nov 30, 2026 in the US.
    new Date(at).toLocaleString(country ? `${language}-${country}` : language, {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
  const line = (e: HistoryEntry): string => {
    const key = `caregiver.history.${e.code}` as MessageKey;
    const text = describeReason(t, key, e.vars);
    // A line this version has no words for is shown as the core wrote it.
    return text === key ? e.text : text;
  };
  const save = (format: 'csv' | 'json'): void => {
    const list = entries ?? [];
    const name = `holdon-history-${dateStamp()}.${format}`;
    if (format === 'csv') downloadText(name, historyToCsv(list), 'text/csv');
    else downloadText(name, `${JSON.stringify(list, null, 2)}\n`, 'application/json');
  };

  return (
    <ScreenFrame title={t('caregiver.history.title')}>
      <div className="row">
        <div className="field">
          <label htmlFor="history-type">{t('caregiver.history.show')}</label>
          <select
            id="history-type"
            value={type}
            onChange={(e) => setType(historyTypes.find((h) => h === e.target.value) ?? '')}
          >
            <option value="">{t('caregiver.history.type.all')}</option>
            {historyTypes.map((h) => (
              <option key={h} value={h}>
                {t(`caregiver.history.type.${h}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="row">
        <button type="button" className="button button-secondary" onClick={() => save('csv')}>
          {t('caregiver.history.exportCsv')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => save('json')}>
          {t('caregiver.history.exportJson')}
        </button>
      </div>
      {problem ? (
        <p className="problem" role="alert">
          {apiErrorText(t, problem, language)}
        </p>
      ) : null}
      {entries === null ? null : entries.length === 0 ? (
        <p className="note">{t('caregiver.history.empty')}</p>
      ) : (
        <ol className="history" aria-label={t('caregiver.history.title')}>
          {entries.map((e) => (
            <li key={e.id} className={`history-${e.type}${e.status === 'failed' ? ' result-fail' : ''}`}>
              <span className="history-when">{when(e.at)}</span>
              <span className="history-type">{t(`caregiver.history.type.${e.type}`)}</span>
              <span className="history-what">{line(e)}</span>
            </li>
          ))}
        </ol>
      )}
    </ScreenFrame>
  );
}

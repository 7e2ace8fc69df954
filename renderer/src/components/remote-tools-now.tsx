import { useState } from 'react';
import { useAppStore } from '../state/app-store';
import { useTranslation } from '../state/use-translation';
import { listOf } from './list-format';

/**
 * While a remote tool a stranger could use is running, every screen that is not the warning
 * names it, with End and "Show the warning again": leaving the warning never leaves the person
 * without the way to safety.
 */
export function RemoteToolsNow() {
  const { t, language } = useTranslation();
  const { core, showOutcome, showWarning } = useAppStore();
  const running = useAppStore((s) => s.status?.situation.remoteTools);
  const tools = (running ?? []).filter((r) => !r.helpSession);
  const hasWarning = useAppStore((s) => (s.status?.situation.incidents.length ?? 0) > 0);
  const [busy, setBusy] = useState(false);
  if (tools.length === 0) return null;
  const names = listOf(
    tools.map((r) => r.toolName),
    language,
  );
  return (
    <section className="remote-now" aria-labelledby="remote-now-title">
      <h2 id="remote-now-title">{t('home.remote.title', { count: tools.length, tools: names })}</h2>
      <p>{t('home.remote.detail')}</p>
      <div className="actions">
        <button
          type="button"
          className="button button-primary button-large"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void core.endTools().then((result) => {
              setBusy(false);
              if (result.ok) showOutcome({ kind: 'tools', result: result.value });
            });
          }}
        >
          {busy ? t('interruption.endSession.busy') : t('interruption.endSession')}
        </button>
        {hasWarning ? (
          <button type="button" className="button button-secondary" onClick={showWarning}>
            {t('home.remote.showWarning')}
          </button>
        ) : null}
      </div>
    </section>
  );
}

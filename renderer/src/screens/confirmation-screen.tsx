import type { EndSessionResult } from '../../../shared/model/remote-tools';
import { ReportPlaces } from '../components/report-places';
import { ScreenFrame } from '../components/screen-frame';
import type { Outcome } from '../state/app-store';
import { useAppStore } from '../state/app-store';
import { useTranslation } from '../state/use-translation';
import { listOf } from '../components/list-format';

/**
 * After a safe action: what Hold On did, tool by tool, then what to do next. It tells the
 * truth: while any remote tool still runs, it never says "safe", and it offers to end that one
 * too.
 */
export function ConfirmationScreen(props: { readonly outcome: Outcome }) {
  const { t, language } = useTranslation();
  const { go, core, showOutcome } = useAppStore();
  const running = useAppStore((s) => s.status?.situation.remoteTools);
  const stillRunning = (running ?? []).filter((r) => !r.helpSession);
  const { outcome } = props;

  const done: string[] = [];
  let failed = false;
  const toolLine = (r: EndSessionResult): string => {
    switch (r.status) {
      case 'ended':
        return t('confirmation.ended', { tool: r.toolName });
      case 'not-running':
        return t('confirmation.notRunning', { tool: r.toolName });
      case 'not-permitted':
        failed = true;
        return t('confirmation.notPermitted', { tool: r.toolName });
      case 'failed':
        failed = true;
        return t('confirmation.failed', { tool: r.toolName });
    }
  };
  if (outcome.kind === 'browser') {
    const browser = outcome.result.browser;
    switch (outcome.result.status) {
      case 'closed':
        done.push(t('confirmation.browserClosed', { browser }), t('confirmation.restoreNo'));
        break;
      case 'not-running':
        done.push(t('confirmation.browserNotRunning', { browser }), t('confirmation.restoreNo'));
        break;
      case 'not-permitted':
        failed = true;
        done.push(t('confirmation.browserNotPermitted', { browser }), t('confirmation.powerOff'));
        break;
      case 'failed':
        failed = true;
        done.push(t('confirmation.browserFailed', { browser }), t('confirmation.powerOff'));
        break;
    }
  } else {
    for (const result of outcome.result.results) done.push(toolLine(result));
  }
  if (failed) done.push(t('confirmation.cutInternet'));
  // Safe only when nothing a stranger could use still runs, and everything asked was done.
  const safe = !failed && stillRunning.length === 0;
  if (stillRunning.length > 0)
    done.push(
      t('confirmation.stillRunning', {
        count: stillRunning.length,
        tools: listOf(
          stillRunning.map((r) => r.toolName),
          language,
        ),
      }),
    );
  else if (!failed && outcome.kind === 'tools') done.push(t('confirmation.nobodyConnected'));

  const endToo = (toolId: string): void => {
    void core.endTools(toolId).then((result) => {
      if (result.ok) showOutcome({ kind: 'tools', result: result.value });
    });
  };

  return (
    <ScreenFrame title={safe ? t('confirmation.title') : t('confirmation.title.actNow')} withoutRemoteTools>
      <div className={safe ? 'done done-safe' : 'done done-act'} role="status">
        {done.map((line) => (
          <p key={line} className="lead">
            {line}
          </p>
        ))}
      </div>
      {stillRunning.length > 0 ? (
        <div className="actions">
          {stillRunning.map((r) => (
            <button
              key={r.toolId}
              type="button"
              className="button button-primary button-large"
              onClick={() => endToo(r.toolId)}
            >
              {t('confirmation.endToo', { tool: r.toolName })}
            </button>
          ))}
        </div>
      ) : null}
      <h2>{t('confirmation.next.title')}</h2>
      <ol className="next-steps">
        <li>{t('confirmation.next.hangUp')}</li>
        <li>{t('confirmation.next.passwords')}</li>
        <li>{t('confirmation.next.bank')}</li>
        <li>
          {t('confirmation.next.report')}
          <ReportPlaces />
        </li>
        <li>{t('confirmation.next.tell')}</li>
      </ol>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={() => go('home')}>
          {t('confirmation.done')}
        </button>
      </div>
    </ScreenFrame>
  );
}

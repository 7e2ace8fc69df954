import { ReportPlaces } from '../components/report-places';
import { ScreenFrame } from '../components/screen-frame';
import type { Outcome } from '../state/app-store';
import { useAppStore } from '../state/app-store';
import { useTranslation } from '../state/use-translation';

/** After a safe action: what Hold On did, then what to do next, calmly and in order. */
export function ConfirmationScreen(props: { readonly outcome: Outcome }) {
  const { t } = useTranslation();
  const go = useAppStore((s) => s.go);
  const { outcome } = props;

  let safe = true;
  const done: string[] = [];
  if (outcome.kind === 'trusted-help') {
    done.push(t('confirmation.trustedHelp'));
  } else if (outcome.kind === 'browser') {
    const browser = outcome.result.browser;
    switch (outcome.result.status) {
      case 'closed':
        done.push(t('confirmation.browserClosed', { browser }), t('confirmation.restoreNo'));
        break;
      case 'not-running':
        done.push(t('confirmation.browserNotRunning', { browser }), t('confirmation.restoreNo'));
        break;
      case 'not-permitted':
        safe = false;
        done.push(t('confirmation.browserNotPermitted', { browser }), t('confirmation.powerOff'));
        break;
      case 'failed':
        safe = false;
        done.push(t('confirmation.browserFailed', { browser }), t('confirmation.powerOff'));
        break;
    }
  } else {
    const tool = outcome.result.toolName;
    switch (outcome.result.status) {
      case 'ended':
        done.push(t('confirmation.ended', { tool }));
        break;
      case 'not-running':
        done.push(t('confirmation.notRunning', { tool }));
        break;
      case 'not-permitted':
        safe = false;
        done.push(t('confirmation.notPermitted', { tool }), t('confirmation.cutInternet'));
        break;
      case 'failed':
        safe = false;
        done.push(t('confirmation.failed', { tool }), t('confirmation.cutInternet'));
        break;
    }
  }

  return (
    <ScreenFrame title={safe ? t('confirmation.title') : t('confirmation.title.actNow')}>
      <div className={safe ? 'done done-safe' : 'done done-act'} role="status">
        {done.map((line) => (
          <p key={line} className="lead">
            {line}
          </p>
        ))}
      </div>
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

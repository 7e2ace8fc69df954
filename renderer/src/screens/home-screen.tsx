import { listOf } from '../components/list-format';
import { StatusIcon } from '../components/status-icon';
import { ScreenFrame } from '../components/screen-frame';
import { useAppStore } from '../state/app-store';
import { useTranslation } from '../state/use-translation';

function timeOf(epochMs: number, language: string): string {
  return new Date(epochMs).toLocaleTimeString(language, { hour: 'numeric', minute: '2-digit' });
}

export function HomeScreen() {
  const { t, language } = useTranslation();
  const { status, connection, go, core } = useAppStore();

  // A way to reach the family that stopped working (not one never tested: that is setup's to say).
  const unreachable = status?.family.alertsOn
    ? status.family.contacts
        .filter((c) => !c.reachable && c.channels.some((ch) => ch.state === 'failing'))
        .map((c) => c.name)
    : [];
  let heading = t('home.status.loading');
  let detail = '';
  if (connection === 'offline' && status === null) {
    heading = t('home.status.degraded');
    detail = t('home.status.offline');
  } else if (status) {
    switch (status.state) {
      case 'protected':
        heading = t('home.status.protected');
        detail = t('home.status.protected.detail');
        break;
      case 'paused':
        heading = t('home.status.paused');
        detail = t('home.status.paused.detail', {
          time: status.pausedUntil === null ? '' : timeOf(status.pausedUntil, language),
        });
        break;
      case 'needs-attention':
        heading = t('home.status.needsAttention');
        detail =
          status.openIncidents > 0
            ? t('home.status.needsAttention.detail', { count: status.openIncidents })
            : t('home.remote.detail');
        break;
      case 'connected':
        heading = t('home.status.connected');
        detail = status.situation.helpSession
          ? t('home.status.connected.detail', { time: timeOf(status.situation.helpSession.until, language) })
          : '';
        break;
      case 'degraded':
        heading = t('home.status.degraded');
        detail = t('home.status.degraded.detail');
        break;
    }
  }

  return (
    <ScreenFrame title={heading} home>
      <section
        className={`status status-${status?.state ?? 'unknown'}`}
        aria-live="polite"
        data-testid="status"
      >
        <StatusIcon state={status?.state ?? 'unknown'} />
        <p className="status-detail">{detail}</p>
      </section>
      {status?.storeRecoveredFrom ? <p className="note">{t('home.storeRecovered')}</p> : null}
      {unreachable.length > 0 ? (
        <p className="note" data-testid="unreachable">
          {t('home.family.unreachable', { names: listOf(unreachable, language) })}
        </p>
      ) : null}
      <div className="actions">
        {status?.state === 'paused' ? (
          <button type="button" className="button button-primary" onClick={() => void core.resume()}>
            {t('home.resume')}
          </button>
        ) : null}
        <button type="button" className="button button-primary" onClick={() => go('checklist')}>
          {t('home.checklist')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => go('settings')}>
          {t('home.settings')}
        </button>
      </div>
    </ScreenFrame>
  );
}

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

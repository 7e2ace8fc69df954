import type { Incident } from '../../../shared/model/incident';
import { ReadAloudButton } from '../components/read-aloud-button';
import { ScreenFrame } from '../components/screen-frame';
import { useAppStore } from '../state/app-store';
import { useTranslation } from '../state/use-translation';

/**
 * Strict mode ended a remote tool by itself. A tool that just vanishes would leave the person
 * puzzled (and the caller with a story); this calm screen says what happened and stays until
 * it is closed.
 */
export function BlockedScreen(props: { readonly incident: Incident }) {
  const { t } = useTranslation();
  const closeBlocked = useAppStore((s) => s.closeBlocked);
  const tool = props.incident.toolName ?? '';
  const title = t('blocked.title', { tool });
  const lines = [t('blocked.lead'), t('blocked.hangUp'), t('blocked.family')];
  return (
    <ScreenFrame title={title} home>
      <div className="done done-act" role="status">
        {lines.map((line) => (
          <p key={line} className="lead">
            {line}
          </p>
        ))}
      </div>
      <div className="actions">
        <ReadAloudButton text={[title, ...lines].join(' ')} />
        <button type="button" className="button button-primary" onClick={closeBlocked}>
          {t('blocked.close')}
        </button>
      </div>
    </ScreenFrame>
  );
}

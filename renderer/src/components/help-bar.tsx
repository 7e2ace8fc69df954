import { useAppStore } from '../state/app-store';
import { useTranslation } from '../state/use-translation';

function timeOf(epochMs: number, language: string): string {
  return new Date(epochMs).toLocaleTimeString(language, { hour: 'numeric', minute: '2-digit' });
}

/**
 * While a help session the family approved lasts, this bar stays on every screen: someone is
 * connected, until when, and one click ends it.
 */
export function HelpBar() {
  const { t, language } = useTranslation();
  const help = useAppStore((s) => s.status?.situation.helpSession ?? null);
  const { core, showOutcome } = useAppStore();
  if (!help) return null;
  return (
    <aside className="help-bar" aria-label={t('helpBar.label')}>
      <p>
        <strong>{t('helpBar.text')}</strong>{' '}
        {help.approvedByName
          ? t('helpBar.approvedBy', { name: help.approvedByName, time: timeOf(help.until, language) })
          : t('helpBar.until', { time: timeOf(help.until, language) })}
      </p>
      <button
        type="button"
        className="button button-primary"
        onClick={() =>
          void core.endHelp().then((result) => {
            if (result.ok) showOutcome({ kind: 'tools', result: result.value });
          })
        }
      >
        {t('helpBar.end')}
      </button>
    </aside>
  );
}

import { ScreenFrame } from '../components/screen-frame';
import { useTranslation } from '../state/use-translation';

export function ChecklistScreen() {
  const { t } = useTranslation();
  return (
    <ScreenFrame title={t('checklist.title')}>
      <p className="lead">{t('checklist.notReady')}</p>
    </ScreenFrame>
  );
}

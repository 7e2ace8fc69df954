import { useEffect, useState } from 'react';
import { useAppStore } from '../state/app-store';
import { useTranslation } from '../state/use-translation';

/** The small picture of the scam page Hold On stopped (like Edge's scareware blocker). */
export function PagePicture(props: { readonly incidentId: string }) {
  const { t } = useTranslation();
  const core = useAppStore((s) => s.core);
  const [src, setSrc] = useState<string | null>(null);
  // The picture may be taken a moment after the warning opens: look again when the core says
  // something changed, until it is there.
  const changed = useAppStore((s) => s.status);
  const lookAgain = src === null ? changed : null;
  useEffect(() => {
    let live = true;
    void core.pictureOf(props.incidentId).then((result) => {
      if (live && result.ok) setSrc(result.value.dataUrl);
    });
    return () => {
      live = false;
    };
  }, [core, props.incidentId, lookAgain]);
  if (!src) return null;
  return (
    <figure className="page-picture">
      <img src={src} alt={t('interruption.picture.alt')} />
      <figcaption>{t('interruption.picture.caption')}</figcaption>
    </figure>
  );
}

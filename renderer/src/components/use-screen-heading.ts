import { useEffect, useRef } from 'react';
import { useTranslation } from '../state/use-translation';

/**
 * Every screen: the page's language and title follow the screen, and keyboard and screen-reader
 * users start at its heading.
 */
export function useScreenHeading(title: string) {
  const { t, language } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `${title} · ${t('app.name')}`;
    heading.current?.focus();
  }, [title, language, t]);
  return heading;
}

import type { ReactNode } from 'react';
import { useAppStore } from '../state/app-store';
import { useTranslation } from '../state/use-translation';
import { RemoteToolsNow } from './remote-tools-now';
import { useScreenHeading } from './use-screen-heading';

/** Every screen: the app's name, one heading that takes focus, and a way back home. */
export function ScreenFrame(props: {
  readonly title: string;
  readonly children: ReactNode;
  readonly home?: boolean;
  /** A short line above the heading ("Question 3 of 12"). */
  readonly eyebrow?: string;
  /** Leave out the running remote tools (a screen that lists them itself, tool by tool). */
  readonly withoutRemoteTools?: boolean;
}) {
  const { t } = useTranslation();
  const go = useAppStore((s) => s.go);
  const heading = useScreenHeading(props.title);
  return (
    <div className="frame">
      <header className="frame-header">
        <span className="app-name">{t('app.name')}</span>
        {props.home ? null : (
          <button type="button" className="button button-quiet" onClick={() => go('home')}>
            {t('nav.back')}
          </button>
        )}
      </header>
      <main className="frame-main">
        {props.eyebrow ? <p className="eyebrow">{props.eyebrow}</p> : null}
        <h1 ref={heading} tabIndex={-1}>
          {props.title}
        </h1>
        {/* While a remote tool a stranger could use runs, every screen offers End. */}
        {props.withoutRemoteTools ? null : <RemoteToolsNow />}
        {props.children}
      </main>
    </div>
  );
}

import { Menu, Tray, nativeImage } from 'electron';
import { join } from 'node:path';
import type { ProtectionState, ProtectionStatus } from '../../../shared/model/protection';

const labels: Readonly<Record<ProtectionState, string>> = {
  protected: 'Protected',
  paused: 'Paused',
  'needs-attention': 'Needs attention',
  connected: 'Someone is connected',
  degraded: 'Needs attention',
};

const iconFile: Readonly<Record<ProtectionState, string>> = {
  protected: 'tray-protected.png',
  paused: 'tray-paused.png',
  'needs-attention': 'tray-attention.png',
  connected: 'tray-attention.png',
  degraded: 'tray-attention.png',
};

export interface TrayActions {
  readonly open: () => void;
  readonly checklist: () => void;
  readonly pause: () => void;
  readonly quit: () => void;
}

/** The tray icon: its picture and first menu line say whether protection is on. */
export function createTray(
  resourcesDir: string,
  actions: TrayActions,
): { update(status: ProtectionStatus): void } {
  const image = (state: ProtectionState) =>
    nativeImage.createFromPath(join(resourcesDir, 'icons', iconFile[state]));
  const tray = new Tray(image('protected'));
  tray.on('click', actions.open);
  const update = (status: ProtectionStatus): void => {
    const label = `Hold On: ${labels[status.state]}`;
    tray.setImage(image(status.state));
    tray.setToolTip(label);
    tray.setContextMenu(
      Menu.buildFromTemplate([
        { label, enabled: false },
        { type: 'separator' },
        { label: 'Open Hold On', click: actions.open },
        { label: 'Am I being scammed?', click: actions.checklist },
        { label: 'Pause protection…', click: actions.pause, enabled: status.state !== 'paused' },
        { type: 'separator' },
        { label: 'Quit…', click: actions.quit },
      ]),
    );
  };
  return { update };
}

/** The tray when the core could not start: the icon still appears and says so. */
export function failedTray(resourcesDir: string, reason: string): void {
  const tray = new Tray(nativeImage.createFromPath(join(resourcesDir, 'icons', iconFile['needs-attention'])));
  const label = 'Hold On: Needs attention — it could not start';
  tray.setToolTip(label);
  tray.setContextMenu(
    Menu.buildFromTemplate([
      { label, enabled: false },
      { label: reason.slice(0, 120), enabled: false },
    ]),
  );
}

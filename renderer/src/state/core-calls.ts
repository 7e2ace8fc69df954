import type { Answers } from '../../../shared/checklist/checklist-questions';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import type { HistoryType } from '../../../shared/model/history';
import type { Client } from '../api/client-types';

/** What a result may change in the store (the rest of AppState is the screens' own). */
export interface StoreUpdate {
  readonly status?: ResponseOf<'status.get'>;
  readonly settings?: ResponseOf<'settings.get'>;
  readonly setup?: ResponseOf<'setup.status'>;
}

export type InterruptionChoice = RequestOf<'interruption.choice'>['choice'];

/**
 * Every request the screens make, by name. A result that changes what the store holds (the
 * status, the settings, the setup) updates it here, so no screen has to remember to.
 */
export function createCoreCalls(client: Client, update: (change: StoreUpdate) => void) {
  const call = <C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>> =>
    client.invoke(channel, request);
  const keep =
    <T>(change: (value: T) => StoreUpdate) =>
    (result: Result<T>): Result<T> => {
      if (result.ok) update(change(result.value));
      return result;
    };
  return {
    pause: (minutes: 15 | 60, pin: string) =>
      call('protection.pause', { minutes, pin }).then(keep((status) => ({ status }))),
    resume: () => call('protection.resume', {}).then(keep((status) => ({ status }))),
    checkPin: (pin: string) => call('pin.check', { pin }),
    setPin: (newPin: string, current?: string) =>
      call('pin.set', { newPin, ...(current === undefined ? {} : { pin: current }) }),
    updateSettings: (change: RequestOf<'settings.update'>) =>
      call('settings.update', change).then(keep((settings) => ({ settings }))),
    saveSettings: (pin: string, settings: Record<string, unknown>) =>
      call('settings.save', { pin, settings }).then(keep((saved) => ({ settings: saved }))),
    exportSettings: (pin: string) => call('settings.export', { pin }),
    importSettings: (pin: string, text: string) =>
      call('settings.import', { pin, text }).then(keep((settings) => ({ settings }))),
    completeSetup: (pin: string) => call('setup.complete', { pin }).then(keep((setup) => ({ setup }))),
    quit: (pin: string) => call('app.quit', { pin }),
    history: (type: HistoryType | undefined) => call('history.list', type === undefined ? {} : { type }),
    knownTools: () => call('catalog.tools', {}),
    endTools: (toolId?: string) => call('remoteTools.end', toolId === undefined ? {} : { toolId }),
    approveHelp: (pin: string) => call('help.approve', { pin }).then(keep((status) => ({ status }))),
    endHelp: () => call('help.end', {}),
    markHandled: (id: string, pin: string) => call('incidents.resolve', { id, pin }),
    pictureOf: (incidentId: string) => call('incidents.picture', { incidentId }),
    closeBrowser: (incidentId: string) => call('browser.close', { incidentId }),
    recordChoice: (incidentId: string, choice: InterruptionChoice) =>
      call('interruption.choice', { incidentId, choice }),
    recordChecklist: (answers: Answers) => call('checklist.record', { answers }),
    shareChecklist: (id: string) => call('checklist.share', { id }),
    alerts: (limit: number) => call('alerts.list', { limit }),
    checkMessage: (text: string) => call('message.check', { text }),
    testContact: (contactName: string) => call('contacts.test', { contactName }),
    confirmContact: (request: RequestOf<'contacts.confirm'>) => call('contacts.confirm', request),
    pushCode: (request: RequestOf<'push.code'>) => call('push.code', request),
  };
}

export type CoreCalls = ReturnType<typeof createCoreCalls>;

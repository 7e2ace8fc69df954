/** The kinds of line the caregiver's history shows, and filters by. */
export const historyTypes = ['incident', 'action', 'alert', 'pause', 'pin', 'settings', 'app'] as const;
export type HistoryType = (typeof historyTypes)[number];

/**
 * One line of the history: an incident, something the person or Hold On did, an alert and
 * whether it arrived, a pause, a PIN event. `code` is an i18n key suffix
 * (`caregiver.history.<code>`) with `vars`; `text` is the English line for the CLI and files.
 */
export interface HistoryEntry {
  readonly id: string;
  readonly at: number;
  readonly type: HistoryType;
  readonly code: string;
  readonly vars: Readonly<Record<string, string | number>>;
  readonly text: string;
  /** Alerts only: queued (still trying), sent or failed, and why it failed. */
  readonly status?: 'queued' | 'sent' | 'failed';
  readonly reason?: string;
}

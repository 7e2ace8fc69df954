import type { HistoryEntry } from '../model/history';

/** RFC 4180: quote every field, double the quotes inside. https://www.rfc-editor.org/rfc/rfc4180 */
const cell = (value: string): string => {
  // A leading = + - @ makes spreadsheets run the cell as a formula; a quote mark stops that.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
};

/** The history as CSV: time (ISO 8601, UTC), type, what happened, alert status, reason. */
export function historyToCsv(entries: readonly HistoryEntry[]): string {
  const rows = [['time', 'type', 'what', 'status', 'reason']];
  for (const e of entries) {
    rows.push([new Date(e.at).toISOString(), e.type, e.text, e.status ?? '', e.reason ?? '']);
  }
  return `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

/**
 * What the scam-text scorer says about a window title or the text on a page. `reasons` are
 * message codes (`scamText.reason.*`) with their values, like `IncidentReason`, so each screen can
 * say them in the person's language; `text` is the English wording for logs and the CLI.
 */
export interface ScamReason {
  readonly code: string;
  readonly vars: Readonly<Record<string, string | number>>;
  readonly text: string;
}

export interface ScamVerdict {
  /** True when the text looks like a fake warning that wants the person to call or pay. */
  readonly scam: boolean;
  /** 0..1; `scam` is true from 0.5 up. */
  readonly score: number;
  /** The signals found, strongest first; empty when nothing stood out. */
  readonly reasons: ScamReason[];
}

export interface ScamTextInput {
  readonly title?: string;
  readonly text?: string;
}

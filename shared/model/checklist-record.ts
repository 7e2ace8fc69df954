import type { Answers, RedFlagId } from '../checklist/checklist-questions';
import type { NextStep, Verdict } from '../checklist/checklist-verdict';

/** One completed "Am I being scammed?" check, as the history keeps it. */
export interface ChecklistRecord {
  readonly id: string;
  readonly completedAt: number;
  readonly verdict: Verdict;
  readonly redFlags: readonly RedFlagId[];
  readonly answers: Answers;
  /** The next steps shown, in order (worked out again from the answers). */
  readonly steps: readonly NextStep[];
  /** When it was last sent to the trusted contacts, or null. */
  readonly sharedAt: number | null;
}

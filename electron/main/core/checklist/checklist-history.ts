import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Answers } from '../../../../shared/checklist/checklist-questions';
import { decideChecklist } from '../../../../shared/checklist/checklist-verdict';
import { ApiFailure } from '../../../../shared/ipc/api-failure';
import type { Delivery } from '../../../../shared/model/alert';
import type { ChecklistRecord } from '../../../../shared/model/checklist-record';
import type { Settings } from '../../../../shared/settings/settings-schema';
import type { AuditLog } from '../audit-log';
import type { Notifier } from '../notifier/notifier';
import type { ChecklistRepository } from '../store/checklist-repository';

export interface ChecklistHistory {
  /** Works out the verdict from the answers (never trusts a verdict sent by a screen) and saves it. */
  record(answers: Answers): ChecklistRecord;
  /** Queues the summary for the trusted contacts (one, or all) and starts sending. */
  share(id: string, contactName: string | undefined): Delivery[];
}

export function createChecklistHistory(deps: {
  readonly db: Database;
  readonly checklists: ChecklistRepository;
  readonly audit: AuditLog;
  readonly notifier: Pick<Notifier, 'queueChecklistShare' | 'kick'>;
  readonly settings: () => Settings;
  readonly now: () => number;
  readonly newId?: () => string;
}): ChecklistHistory {
  const { db, checklists, audit, notifier, now } = deps;
  const newId = deps.newId ?? randomUUID;

  const save = db.transaction((record: ChecklistRecord) => {
    checklists.insert(record);
    // The hook for the family's history and for alerts built on audit events.
    audit.record(
      'checklist.completed',
      {
        resultId: record.id,
        verdict: record.verdict,
        redFlags: record.redFlags,
        onPhone: record.answers.onPhone ?? null,
      },
      record.completedAt,
    );
  });

  const queue = db.transaction(
    (record: ChecklistRecord, contactName: string | undefined, at: number): Delivery[] => {
      const result = decideChecklist(record.answers);
      const queued = notifier.queueChecklistShare(
        { id: record.id, completedAt: record.completedAt, result: { ...result, verdict: record.verdict } },
        contactName,
      );
      checklists.markShared(record.id, at);
      const contacts = [...new Set(queued.map((p) => p.contactName))];
      audit.record('checklist.shared', { resultId: record.id, verdict: record.verdict, contacts }, at);
      return queued;
    },
  );

  return {
    record(answers) {
      const result = decideChecklist(answers);
      const record: ChecklistRecord = {
        id: newId(),
        completedAt: now(),
        verdict: result.verdict,
        redFlags: result.redFlags,
        answers: result.answers,
        steps: result.steps,
        sharedAt: null,
      };
      save(record);
      notifier.kick();
      return record;
    },
    share(id, contactName) {
      const record = checklists.get(id);
      if (!record) throw new ApiFailure('not-found', `no checklist result ${id}`, 'id');
      const contacts = (deps.settings().contacts ?? []).filter(
        (c) => contactName === undefined || c.name === contactName,
      );
      if (contacts.length === 0) {
        throw new ApiFailure(
          'not-found',
          contactName ? `no trusted contact named "${contactName}"` : 'no trusted contacts are set up',
          'contactName',
        );
      }
      if (contacts.every((c) => c.channels.length === 0)) {
        throw new ApiFailure('not-found', 'no alert channels are set up for these contacts', 'contactName');
      }
      const queued = queue(record, contactName, now());
      notifier.kick();
      return queued;
    },
  };
}

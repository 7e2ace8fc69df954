import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Answers } from '../../../../shared/checklist/checklist-questions';
import { decideChecklist } from '../../../../shared/checklist/checklist-verdict';
import type { Delivery } from '../../../../shared/model/alert';
import type { ChecklistRecord } from '../../../../shared/model/checklist-record';
import { ApiFailure } from '../../../../shared/ipc/api-failure';
import type { Dispatcher } from '../notifier/dispatcher';
import { planChecklistShare } from '../notifier/plan-checklist-share';
import type { SettingsSource } from '../settings/settings-source';
import type { ChecklistRepository } from '../store/checklist-repository';
import type { EventRepository } from '../store/event-repository';
import type { OutboxRepository } from '../store/outbox-repository';

export interface ChecklistHistory {
  /** Works out the verdict from the answers (never trusts a verdict sent by a screen) and saves it. */
  record(answers: Answers): ChecklistRecord;
  /** Queues the summary for the trusted contacts (one, or all) and starts sending. */
  share(id: string, contactName: string | undefined): Delivery[];
}

export function createChecklistHistory(deps: {
  readonly db: Database;
  readonly checklists: ChecklistRepository;
  readonly events: EventRepository;
  readonly outbox: OutboxRepository;
  readonly dispatcher: Pick<Dispatcher, 'kick'>;
  readonly settings: SettingsSource;
  readonly now: () => number;
  readonly newId?: () => string;
}): ChecklistHistory {
  const { db, checklists, events, outbox, now } = deps;
  const newId = deps.newId ?? randomUUID;

  const save = db.transaction((record: ChecklistRecord) => {
    checklists.insert(record);
    // The hook for the family's history and for alerts built on audit events.
    events.append(
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
      const planned = planChecklistShare(
        { id: record.id, completedAt: record.completedAt, result: { ...result, verdict: record.verdict } },
        deps.settings.load(),
        contactName,
        at,
      );
      outbox.enqueue(planned, at);
      checklists.markShared(record.id, at);
      const contacts = [...new Set(planned.map((p) => p.contactName))];
      events.append('checklist.shared', { resultId: record.id, verdict: record.verdict, contacts }, at);
      const keys = new Set(planned.map((p) => p.idempotencyKey));
      return outbox.list(planned.length + 50).filter((d) => keys.has(d.idempotencyKey));
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
      return record;
    },
    share(id, contactName) {
      const record = checklists.get(id);
      if (!record) throw new ApiFailure('not-found', `no checklist result ${id}`, 'id');
      const contacts = (deps.settings.load().contacts ?? []).filter(
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
      deps.dispatcher.kick();
      return queued;
    },
  };
}

import { initial } from './0010-initial';
import { incidentDetails } from './0020-incident-details';
import { outbox } from './0030-outbox';
import { checklistResults } from './0060-checklist-results';
import { incidentPictures } from './0070-incident-pictures';
import { familyAnswers } from './0080-family-answers';
import { maskedTargets } from './0090-masked-targets';
import type { Migration } from './migration';

/** Every migration in order. Append only. */
export const migrations: readonly Migration[] = [
  initial,
  incidentDetails,
  outbox,
  checklistResults,
  incidentPictures,
  familyAnswers,
  maskedTargets,
];

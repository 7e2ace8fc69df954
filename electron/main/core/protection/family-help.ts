import { resolvedIncident } from '../../../../shared/engine/incident-changes';
import type { AuditLog } from '../audit-log';
import type { Logger } from '../logging/logger';
import type { FamilyDecision, IgnoredAnswer } from '../notifier/answers/phone-answers';
import type { Clock } from '../ports/clock';
import type { IncidentRepository } from '../store/incident-repository';
import type { HelpApprover, HelpSession } from './help-session';
import type { IncidentSink } from './incident-sink';
import type { RemoteToolProtection } from './remote-tool-protection';

/** How long a help session the family approves lasts (on the warning with the PIN, or from the phone). */
export const helpSessionMinutes = 60;

export interface FamilyHelp {
  /**
   * The family approves a help session for these remote tools (those running now that no
   * session allows yet): they may stay connected for an hour, their warnings are resolved as
   * approved, and the family hears of it. Returns the tools allowed.
   */
  approve(toolIds: readonly string[], by: HelpApprover, name?: string): readonly string[];
  /** "Allow for 1 hour" or "Keep it blocked", answered from the phone with a code that counts. */
  decide(decision: FamilyDecision): Promise<void>;
  /** An answer from the phone that did not count, written down for the family. */
  ignored(answer: IgnoredAnswer): void;
}

export function createFamilyHelp(deps: {
  readonly remote: RemoteToolProtection;
  readonly help: HelpSession;
  readonly incidents: IncidentRepository;
  readonly sink: IncidentSink;
  readonly audit: Pick<AuditLog, 'append'>;
  readonly clock: Clock;
  readonly logger: Logger;
}): FamilyHelp {
  const { remote, help, incidents, sink, audit, clock, logger } = deps;
  const family: FamilyHelp = {
    approve(toolIds, by, name) {
      const tools = remote.runsNow().filter((t) => !t.helpSession && toolIds.includes(t.toolId));
      if (tools.length === 0) return [];
      const warned = tools.flatMap((t) => incidents.openFor(t.toolId));
      help.start({
        minutes: helpSessionMinutes,
        toolIds: tools.map((t) => t.toolId),
        approvedBy: by,
        toolNames: tools.map((t) => t.toolName),
        ...(name ? { approvedByName: name } : {}),
      });
      for (const incident of warned)
        sink.updated(incident.id, (i) => resolvedIncident(i, 'help-approved', clock.now()), {
          type: 'incident.resolved',
          detail: { resolution: 'help-approved', by, ...(name ? { contact: name } : {}) },
        });
      return tools.map((t) => t.toolId);
    },
    async decide(decision) {
      const incident = incidents.get(decision.incidentId);
      const toolId = incident?.toolId ?? null;
      if (!incident || toolId === null) return;
      if (decision.purpose === 'allow') {
        const allowed = family.approve([toolId], 'phone', decision.contactName);
        if (allowed.length === 0) {
          audit.append(
            'family.answer-ignored',
            { purpose: 'allow', why: 'not-running', contact: decision.contactName, toolId },
            clock.now(),
          );
        }
        return;
      }
      audit.append(
        'family.kept-blocked',
        { contact: decision.contactName, toolId, toolName: incident.toolName ?? toolId },
        clock.now(),
      );
      const results = await remote.endTools(toolId);
      // A help session must not keep allowing a tool the family asked to end.
      if (help.current()?.toolIds.includes(toolId)) help.end('ended');
      logger.info('the family kept a remote tool blocked', {
        toolId,
        results: results.map((r) => r.status),
      });
    },
    ignored(answer) {
      audit.append(
        'family.answer-ignored',
        {
          purpose: answer.purpose,
          why: answer.why,
          ...(answer.contactName ? { contact: answer.contactName } : {}),
        },
        clock.now(),
      );
    },
  };
  return family;
}

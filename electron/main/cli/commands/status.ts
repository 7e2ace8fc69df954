import type { ProtectionStatus } from '../../../../shared/model/protection';
import type { CliIo } from '../cli-io';

const stateWords: Readonly<Record<ProtectionStatus['state'], string>> = {
  protected: 'Protected',
  paused: 'Paused',
  'needs-attention': 'Needs attention',
  connected: 'Someone the family approved is connected',
  degraded: 'Protection degraded',
};

export function printStatus(status: ProtectionStatus, json: boolean, io: CliIo): void {
  if (json) {
    io.stdout(`${JSON.stringify(status)}\n`);
    return;
  }
  const lines = [
    `Hold On ${status.versions.app}`,
    `Protection:     ${stateWords[status.state]}`,
    ...(status.pausedUntil ? [`Paused until:   ${new Date(status.pausedUntil).toLocaleString()}`] : []),
    `Open incidents: ${status.openIncidents}`,
    ...status.degradedReasons.map((r) => `Problem:        ${r}`),
    `Database:       ${status.databasePath} (schema ${status.versions.schema})`,
    `Node.js:        ${status.versions.node}`,
  ];
  io.stdout(`${lines.join('\n')}\n`);
}

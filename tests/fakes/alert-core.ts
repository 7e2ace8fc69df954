import { createTestCore, type TestCore } from './test-core';
import type { CoreOptions } from '../../electron/main/core/core';
import { createMemoryLogger } from './memory-logger';
import type { Incident } from '../../shared/model/incident';
import { FakeProcessSource } from './fake-process-source';

export const accountSid = `AC${'0123456789abcdef'.repeat(2)}`;
export const webhookSecret = 'family-bridge-secret-2026';

/** Three contacts, one per HTTP channel, all pointing at one local test server. */
export function httpChannelSettings(base: string, extra: Record<string, unknown> = {}) {
  return {
    seniorName: 'Mum',
    seniorPhone: '+44 7700 900456',
    computerName: "Mum's laptop",
    contacts: [
      {
        name: 'Ann',
        language: 'en',
        channels: [{ type: 'ntfy', topic: 'holdon-ann-x7k2', server: base, token: 'tk_ann_token_123' }],
      },
      { name: 'Bernd', language: 'de', channels: [{ type: 'sms', to: '+447700900123' }] },
      {
        name: 'Carmen',
        language: 'es',
        channels: [{ type: 'webhook', url: `${base}/hooks/holdon`, secret: webhookSecret }],
      },
    ],
    twilio: { accountSid, authToken: 'twilio-auth-token', from: '+15005550006' },
    ...extra,
  };
}

export const incident = (
  id: string,
  severity: Incident['severity'] = 'danger',
  at = Date.now(),
): Incident => ({
  id,
  kind: 'remote-tool',
  severity,
  title: 'AnyDesk started',
  reasons: [{ code: 'reason.toolStarted', vars: { tool: 'AnyDesk' }, text: 'AnyDesk just started.' }],
  toolId: 'anydesk',
  toolName: 'AnyDesk',
  pid: 4242,
  processName: 'AnyDesk.exe',
  detectedAt: at,
  resolvedAt: null,
  resolution: null,
});

/**
 * A core with alerts on, settings imported, and the "settings changed" alerts that importing
 * causes already delivered (so a test sees only what it does itself). `clear` forgets them.
 */
export async function alertCore(
  dir: string,
  settings: unknown,
  options: Partial<CoreOptions> = {},
  clear?: () => void,
): Promise<TestCore> {
  const core = createTestCore({
    dataDir: dir,
    logger: createMemoryLogger(),
    alertRetryBaseMs: 100,
    processSource: new FakeProcessSource(),
    ...options,
  });
  const imported = await core.invoke('settings.import', { text: JSON.stringify(settings) });
  if (!imported.ok) throw new Error(imported.error.message);
  core.notifier.start();
  await core.notifier.drain();
  clear?.();
  return core;
}

import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../../../../shared/ipc/api-failure';
import { createDispatcher, type Handlers } from '../../../../../../electron/main/core/api/dispatch';
import { createMemoryLogger } from '../../../../../fakes/memory-logger';

function handlers(overrides: Partial<Handlers>): Handlers {
  const unused = (): never => {
    throw new Error('not called in this test');
  };
  return new Proxy(overrides, { get: (target, key) => target[key as keyof Handlers] ?? unused }) as Handlers;
}

describe('the dispatcher', () => {
  it('returns the handler value wrapped as ok', async () => {
    const invoke = createDispatcher(
      handlers({ 'incidents.list': ({ limit }) => Array(limit).fill(null) }),
      createMemoryLogger(),
    );
    const result = await invoke('incidents.list', { limit: 2 });
    expect(result).toEqual({ ok: true, value: [null, null] });
  });

  it('refuses unknown channels and bad requests with a typed error naming the field', async () => {
    const invoke = createDispatcher(handlers({}), createMemoryLogger());
    expect(await invoke('shell.exec', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await invoke('protection.pause', { minutes: 9999 })).toMatchObject({
      ok: false,
      error: { code: 'bad-request', field: 'minutes' },
    });
  });

  it('passes typed failures through and hides crashes behind a plain message', async () => {
    const logger = createMemoryLogger();
    const invoke = createDispatcher(
      handlers({
        'settings.import': () => {
          throw new ApiFailure('invalid-settings', 'unknown field "x"', 'x');
        },
        'status.get': () => {
          throw new Error('disk on fire');
        },
      }),
      logger,
    );
    expect(await invoke('settings.import', { text: '{}' })).toEqual({
      ok: false,
      error: { code: 'invalid-settings', message: 'unknown field "x"', field: 'x' },
    });
    const crash = await invoke('status.get', {});
    expect(crash).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(crash)).not.toContain('disk on fire');
    expect(logger.lines.some((l) => l.level === 'error')).toBe(true);
  });
});

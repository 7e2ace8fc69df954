import { describe, expect, it } from 'vitest';
import { channelNames } from '../../../../shared/ipc/channels';
import { isChannel, requestSchemas } from '../../../../shared/ipc/contract';

describe('the IPC contract', () => {
  it('lists the same channels in the preload list and the schemas', () => {
    expect([...channelNames].sort()).toEqual(Object.keys(requestSchemas).sort());
  });

  it('knows its channels and nothing else', () => {
    expect(isChannel('status.get')).toBe(true);
    expect(isChannel('toString')).toBe(false);
    expect(isChannel('__proto__')).toBe(false);
    expect(isChannel(42)).toBe(false);
  });

  it('validates requests strictly', () => {
    expect(requestSchemas['protection.pause'].safeParse({ minutes: 15 }).success).toBe(true);
    expect(requestSchemas['protection.pause'].safeParse({ minutes: 600 }).success).toBe(false);
    expect(requestSchemas['status.get'].safeParse({ extra: 1 }).success).toBe(false);
    expect(requestSchemas['incidents.list'].parse({})).toEqual({ limit: 50 });
  });
});

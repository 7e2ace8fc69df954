import { describe, expect, it } from 'vitest';
import {
  defaultCost,
  hashPin,
  isPinHash,
  verifyPin,
} from '../../../../../../electron/main/core/pin/pin-hash';

describe('PIN hashing', () => {
  it('stores a salted scrypt hash that verifies the right PIN only', async () => {
    const stored = await hashPin('482913');
    expect(isPinHash(stored)).toBe(true);
    expect(stored).toMatchObject({ algorithm: 'scrypt', ...defaultCost });
    expect(JSON.stringify(stored)).not.toContain('482913');
    expect(await verifyPin('482913', stored)).toBe(true);
    expect(await verifyPin('482914', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
  });

  it('salts each hash, so the same PIN never gives the same record', async () => {
    const a = await hashPin('482913');
    const b = await hashPin('482913');
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('verifies with the cost stored in the record, so a later change of cost keeps old PINs', async () => {
    const cheap = await hashPin('482913', { cost: 1024, blockSize: 8, parallelization: 1, keyLength: 32 });
    expect(await verifyPin('482913', cheap)).toBe(true);
  });
});

import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { SecretCipher } from '../ports/secret-cipher';

/**
 * The caregiver PIN is stored only as a salted scrypt hash. The cost is stored with each hash,
 * so it can be raised later without breaking PINs already set.
 * Parameters: N = 2^15, r = 8, p = 1 (about 32 MiB and a tenth of a second on a 2-core PC),
 * within the range OWASP lists for scrypt:
 * https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#scrypt
 */
export interface PinHash {
  readonly algorithm: 'scrypt';
  readonly salt: string;
  readonly hash: string;
  readonly cost: number;
  readonly blockSize: number;
  readonly parallelization: number;
  readonly keyLength: number;
  /**
   * The cipher (`SecretCipher.name`) `hash` is encrypted with: the system keychain in the app,
   * the key file (mode 600) under plain Node. A copy of the database alone then holds nothing
   * to guess PINs against offline. Absent in a hash stored before; it is bound at the next
   * right PIN.
   */
  readonly boundTo?: string;
}

/** The PIN cannot be checked here: its hash is bound to a key this computer no longer has. */
export class PinKeyMissing extends Error {}

/**
 * The derived key, decrypted by whichever of `ciphers` the hash is bound to (an unbound hash is
 * the key itself). Throws PinKeyMissing when none of them is, or its key cannot read it.
 */
function derivedKeyOf(stored: PinHash, ciphers: readonly SecretCipher[]): Buffer {
  if (stored.boundTo === undefined) return Buffer.from(stored.hash, 'base64');
  const cipher = ciphers.find((c) => c.name === stored.boundTo);
  if (!cipher) throw new PinKeyMissing(`the PIN is bound to ${stored.boundTo}`);
  try {
    return Buffer.from(cipher.decrypt(stored.hash), 'base64');
  } catch (error) {
    throw new PinKeyMissing(String(error));
  }
}

/**
 * The hash bound to `cipher`: an unbound one, or one bound to another of `ciphers` (the key file,
 * while the app had no keychain), is bound anew.
 */
export function bindPinHash(
  stored: PinHash,
  cipher: SecretCipher,
  ciphers: readonly SecretCipher[] = [],
): PinHash {
  if (stored.boundTo === cipher.name) return stored;
  const key = derivedKeyOf(stored, ciphers).toString('base64');
  return { ...stored, hash: cipher.encrypt(key), boundTo: cipher.name };
}

export const defaultCost = { cost: 2 ** 15, blockSize: 8, parallelization: 1, keyLength: 32 } as const;

function derive(
  pin: string,
  salt: Buffer,
  params: Omit<PinHash, 'algorithm' | 'salt' | 'hash'>,
): Promise<Buffer> {
  const options: ScryptOptions = {
    N: params.cost,
    r: params.blockSize,
    p: params.parallelization,
    // scrypt needs 128 * N * r bytes; leave room so Node does not refuse.
    maxmem: 256 * params.cost * params.blockSize,
  };
  return new Promise((resolve, reject) =>
    scrypt(pin.normalize('NFKC'), salt, params.keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPin(pin: string, params = defaultCost): Promise<PinHash> {
  const salt = randomBytes(16);
  const key = await derive(pin, salt, params);
  return { algorithm: 'scrypt', salt: salt.toString('base64'), hash: key.toString('base64'), ...params };
}

/**
 * Constant-time comparison of the derived key, so timing tells nothing about the PIN. Throws
 * PinKeyMissing when the hash is bound to a key that cannot be read.
 */
export async function verifyPin(
  pin: string,
  stored: PinHash,
  ciphers: readonly SecretCipher[] = [],
): Promise<boolean> {
  const expected = derivedKeyOf(stored, ciphers);
  const key = await derive(pin, Buffer.from(stored.salt, 'base64'), stored);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

export function isPinHash(value: unknown): value is PinHash {
  const v = value as Partial<PinHash> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.algorithm === 'scrypt' &&
    typeof v.salt === 'string' &&
    typeof v.hash === 'string' &&
    typeof v.cost === 'number' &&
    typeof v.blockSize === 'number' &&
    typeof v.parallelization === 'number' &&
    typeof v.keyLength === 'number' &&
    (v.boundTo === undefined || typeof v.boundTo === 'string')
  );
}

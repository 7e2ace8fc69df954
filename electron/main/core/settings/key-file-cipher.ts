import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SecretCipher } from '../ports/secret-cipher';

export const keyFileName = 'secrets.key';

/** Reads the 32-byte key, creating it (mode 600, never overwritten) on first use. */
function loadKey(path: string): Buffer {
  try {
    const key = readFileSync(path);
    if (key.length === 32) return key;
    throw new Error(`${path} is not a Hold On key file (expected 32 bytes, found ${key.length})`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = randomBytes(32);
  // 'wx' fails if another process created it meanwhile; then that one's key is used.
  try {
    writeFileSync(path, key, { mode: 0o600, flag: 'wx' });
    chmodSync(path, 0o600);
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(path);
    throw error;
  }
}

/**
 * AES-256-GCM with a random key in `<data folder>/secrets.key` (mode 600), for the core under
 * plain Node (preview host, CLI with the database). It keeps secrets out of the database file,
 * its backups and copies; it does not protect them from someone who can read the data folder
 * as the same user (the key sits beside the database). The key is read when first needed.
 * Format: `v1.<iv>.<tag>.<ciphertext>`, base64url; a fresh 12-byte IV for every value.
 */
export function createKeyFileCipher(dataDir: string): SecretCipher {
  const path = join(dataDir, keyFileName);
  let key: Buffer | null = null;
  const theKey = (): Buffer => {
    if (!key) {
      mkdirSync(dataDir, { recursive: true });
      key = loadKey(path);
    }
    return key;
  };
  return {
    name: 'aes-256-gcm-keyfile',
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', theKey(), iv);
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', iv, cipher.getAuthTag(), data]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join('.');
    },
    decrypt(stored) {
      const [version, iv, tag, data] = stored.split('.');
      if (version !== 'v1' || !iv || !tag || data === undefined) throw new Error('not a v1 secret');
      const decipher = createDecipheriv('aes-256-gcm', theKey(), Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    },
  };
}

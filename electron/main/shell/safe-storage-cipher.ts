import { safeStorage } from 'electron';
import type { SecretCipher } from '../core/ports/secret-cipher';

/**
 * Secrets encrypted with the system keychain (DPAPI on Windows, Keychain on macOS, the Secret
 * Service or KWallet on Linux): https://www.electronjs.org/docs/latest/api/safe-storage.
 * On Linux without a keyring Electron falls back to `basic_text`, a fixed key that protects
 * nothing; then, like when safeStorage is unavailable, the core's key file is used instead.
 * Call after the app is ready (Linux needs it).
 */
export function safeStorageCipher(): SecretCipher | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text')
    return undefined;
  return {
    name: 'electron-safe-storage',
    encrypt: (plain) => safeStorage.encryptString(plain).toString('base64'),
    decrypt: (stored) => safeStorage.decryptString(Buffer.from(stored, 'base64')),
  };
}

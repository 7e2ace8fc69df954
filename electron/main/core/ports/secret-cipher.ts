/**
 * Encrypts the secrets in the stored settings (SMTP password, ntfy token, Twilio auth token,
 * webhook secret). The app injects one built on Electron's safeStorage (the system keychain);
 * under plain Node the core uses a key file (settings/key-file-cipher.ts).
 */
export interface SecretCipher {
  /** Names the scheme, stored with the values, so another scheme knows it cannot read them. */
  readonly name: string;
  encrypt(plain: string): string;
  /** Throws when the value was not made by this cipher with this key. */
  decrypt(stored: string): string;
}

import { redactedSecret } from '../../../../shared/settings/settings-schema';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Settings } from '../../../../shared/settings/settings-schema';
import {
  describeProblems,
  parseSettingsText,
  settingsToText,
  validateSettings,
  type SettingsProblem,
} from '../../../../shared/settings/settings-validation';

import type { SecretCipher } from '../ports/secret-cipher';
import type { SettingsRepository } from '../store/settings-repository';
import { replaceSecrets, secretSlots } from '../../../../shared/settings/secret-fields';

export class SettingsFileError extends Error {
  constructor(
    readonly location: string,
    readonly problems: readonly SettingsProblem[],
  ) {
    super(`${location}: ${describeProblems(problems)}`);
    this.name = 'SettingsFileError';
  }
}

/** Where the settings document lives: the database (the app) or a JSON file (headless mode). */
export interface SettingsSource {
  readonly kind: 'database' | 'file';
  readonly location: string;
  load(): Settings;
  save(settings: Settings): void;
}

const settingsKey = 'settings';

/** Stored beside the settings document: its secrets, encrypted, by path. */
interface StoredSecrets {
  readonly cipher: string;
  readonly values: Readonly<Record<string, string>>;
}
const secretsField = '$secrets';

/**
 * Settings in the database. Secrets are not stored in the document: it keeps "•••" in their
 * place and `$secrets` holds them encrypted by the cipher. A secret that cannot be decrypted
 * (the key is gone, the database was copied to another computer) stays "•••"; its channel then
 * says the secret must be entered again, and everything else keeps working. A database from
 * before encryption is read as it is and encrypted on the next save.
 */
export function createDatabaseSettings(
  repo: SettingsRepository,
  now: () => number,
  location: string,
  secrets?: { readonly cipher: SecretCipher; readonly onUnreadable?: (path: string) => void },
): SettingsSource {
  const reveal = (document: Record<string, unknown>): unknown => {
    const stored = document[secretsField] as StoredSecrets | undefined;
    const rest = Object.fromEntries(Object.entries(document).filter(([key]) => key !== secretsField));
    if (!stored || !secrets) return rest;
    const parsed = validateSettings(rest);
    if (!parsed.ok) return rest;
    return replaceSecrets(parsed.settings, (slot) => {
      const value = stored.values[slot.path];
      if (value === undefined) return slot.value;
      try {
        if (stored.cipher !== secrets.cipher.name) throw new Error(`made by ${stored.cipher}`);
        return secrets.cipher.decrypt(value);
      } catch {
        secrets.onUnreadable?.(slot.path);
        return redactedSecret;
      }
    });
  };
  return {
    kind: 'database',
    location,
    load() {
      const stored = repo.get(settingsKey);
      if (stored === undefined) return {};
      const parsed = validateSettings(
        typeof stored === 'object' && stored !== null ? reveal(stored as Record<string, unknown>) : stored,
      );
      if (!parsed.ok) throw new SettingsFileError(location, parsed.problems);
      return parsed.settings;
    },
    save(settings) {
      if (!secrets) {
        repo.put(settingsKey, settings, now());
        return;
      }
      const values: Record<string, string> = {};
      for (const slot of secretSlots(settings)) {
        // A secret nobody could read stays unreadable; there is nothing to encrypt.
        if (slot.value !== redactedSecret) values[slot.path] = secrets.cipher.encrypt(slot.value);
      }
      const document = replaceSecrets(settings, () => redactedSecret);
      const stored: StoredSecrets = { cipher: secrets.cipher.name, values };
      repo.put(settingsKey, { ...document, [secretsField]: stored }, now());
    },
  };
}

/** Reads a settings file; throws SettingsFileError naming the bad field. */
export function readSettingsFile(path: string): Settings {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(error);
    throw new SettingsFileError(path, [{ field: '', message: reason }]);
  }
  const parsed = parseSettingsText(text);
  if (!parsed.ok) throw new SettingsFileError(path, parsed.problems);
  return parsed.settings;
}

export function createFileSettings(path: string): SettingsSource {
  // Validate at start, so a bad file is reported before protection begins.
  let current = readSettingsFile(path);
  return {
    kind: 'file',
    location: path,
    load: () => current,
    save(settings) {
      // Write beside the file, then rename: a crash never leaves half a file.
      const temp = `${path}.tmp-${process.pid}`;
      writeFileSync(temp, settingsToText(settings), { mode: 0o600 });
      renameSync(temp, path);
      current = settings;
    },
  };
}

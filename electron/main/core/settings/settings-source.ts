import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { redactSettings } from '../../../../shared/settings/redact';
import { replaceSecrets, secretSlots, type SecretSlot } from '../../../../shared/settings/secret-fields';
import { isHidden } from '../../../../shared/settings/masked-secret';
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

export class SettingsFileError extends Error {
  constructor(
    readonly location: string,
    readonly problems: readonly SettingsProblem[],
  ) {
    super(`${location}: ${describeProblems(problems)}`);
    this.name = 'SettingsFileError';
  }
}

/**
 * Where the settings document lives: the database (the app) or a JSON file (headless mode).
 * Everything but sending an alert reads `load()`: one validated snapshot with every secret as
 * "•••", kept until the next save. Secrets are decrypted only by `reveal()`, when an alert is
 * sent (and for the owner's own export).
 */
export interface SettingsSource {
  readonly kind: 'database' | 'file';
  readonly location: string;
  /** The settings, validated, secrets as "•••". Throws SettingsFileError when they are damaged. */
  load(): Settings;
  /** The settings with their secrets. */
  reveal(): Settings;
  /** The top-level fields of a stored document that failed validation and was replaced; null when none was. */
  repaired?(): readonly string[] | null;
  /**
   * The settings with their secrets as they were before each save since Hold On started (the
   * newest first, at most a few): the alert about a change still reaches a contact it removed.
   */
  revealFormer(): readonly Settings[];
  /**
   * Saves the settings. A secret given as "•••" keeps the stored secret of the same account,
   * topic or URL (not of the same position, so reordering contacts keeps every secret with its
   * channel); with nothing to keep it stays unreadable and its channel says so. Returns the
   * top-level fields whose secrets changed (the snapshot cannot show those).
   */
  save(settings: Settings): { readonly changedSecrets: readonly string[] };
}

/** `email.smtpUrl` → `email`, `contacts[0].channels[1].token` → `contacts`. */
const topField = (path: string): string => /^[A-Za-z]+/.exec(path)?.[0] ?? path;

const settingsKey = 'settings';

/** How many earlier versions of the settings `revealFormer` keeps. */
const formerKept = 5;
const remember = (former: Settings[], settings: Settings): void => {
  former.unshift(settings);
  former.length = Math.min(former.length, formerKept);
};

/** Stored beside the settings document: its secrets, encrypted, by path. */
interface StoredSecrets {
  readonly cipher: string;
  readonly values: Readonly<Record<string, string>>;
}
const secretsField = '$secrets';

interface StoredDocument {
  /** The document as stored: "•••" where the secrets were (plain secrets in an old database). */
  readonly settings: Settings;
  readonly secrets: StoredSecrets | undefined;
}

/**
 * Settings in the database. Secrets are not stored in the document: it keeps "•••" in their
 * place and `$secrets` holds them encrypted by the cipher. A secret that cannot be decrypted
 * (the key is gone, the database was copied to another computer) stays "•••"; its channel then
 * says the secret must be entered again, and everything else keeps working. A database from
 * before encryption is read as it is and encrypted on the next save. Another process (the CLI)
 * may change the settings while the app runs: its commit is noticed and the snapshot re-read.
 */
export function createDatabaseSettings(
  repo: SettingsRepository,
  now: () => number,
  location: string,
  secrets?: {
    readonly cipher: SecretCipher;
    /** A stored secret cannot be decrypted (the key file was deleted or replaced). */
    readonly onUnreadable?: (path: string) => void;
    /** Every stored secret was read (after one could not be: set again, say). */
    readonly onAllReadable?: () => void;
    /**
     * The last settings document known to be good (the store's recovery file). A stored document
     * that fails validation (edited by hand in the database) is replaced by it, or by the
     * defaults, and `repaired()` names the fields: the app starts and protects either way.
     */
    readonly lastGood?: () => unknown;
  },
): SettingsSource {
  let snapshot: Settings | null = null;
  let repaired: string[] | null = null;

  const parse = (stored: unknown) => {
    const document =
      typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : { stored };
    const rest = Object.fromEntries(Object.entries(document).filter(([key]) => key !== secretsField));
    const parsed = validateSettings(typeof stored === 'object' && stored !== null ? rest : stored);
    return { parsed, secrets: document[secretsField] as StoredSecrets | undefined };
  };
  const read = (): StoredDocument => {
    const stored = repo.get(settingsKey);
    if (stored === undefined) return { settings: {}, secrets: undefined };
    let { parsed, secrets: storedSecrets } = parse(stored);
    if (!parsed.ok) {
      if (!secrets?.lastGood) throw new SettingsFileError(location, parsed.problems);
      repaired = [...new Set(parsed.problems.map((p) => p.field.replace(/[.[].*$/, '') || 'settings'))];
      const good = secrets.lastGood();
      const fallback = good !== undefined && parse(good).parsed.ok ? good : {};
      repo.put(settingsKey, fallback, now());
      ({ parsed, secrets: storedSecrets } = parse(fallback));
      if (!parsed.ok) return { settings: {}, secrets: undefined };
    }
    return { settings: parsed.settings, secrets: storedSecrets };
  };

  /** The stored secret at a slot: its plain value (decrypted now), or null when it cannot be read. */
  const plainOf = (slot: SecretSlot, stored: StoredSecrets | undefined): string | null => {
    const value = stored?.values[slot.path];
    if (value === undefined || !secrets) return isHidden(slot.kind, slot.value) ? null : slot.value;
    try {
      if (stored?.cipher !== secrets.cipher.name) throw new Error(`made by ${stored?.cipher}`);
      return secrets.cipher.decrypt(value);
    } catch {
      secrets.onUnreadable?.(slot.path);
      return null;
    }
  };

  const former: Settings[] = [];
  const reveal = (): Settings => {
    const { settings, secrets: stored } = read();
    let unreadable = 0;
    const revealed = replaceSecrets(settings, (slot) => {
      const plain = plainOf(slot, stored);
      if (plain === null && stored?.values[slot.path] !== undefined) unreadable += 1;
      return plain ?? slot.masked;
    });
    if (unreadable === 0) secrets?.onAllReadable?.();
    return revealed;
  };
  return {
    kind: 'database',
    location,
    load() {
      if (repo.changedElsewhere()) snapshot = null;
      snapshot ??= redactSettings(read().settings);
      return snapshot;
    },
    reveal,
    revealFormer: () => former,
    repaired: () => repaired,
    save(next) {
      remember(former, reveal());
      const before = read();
      // What is stored now, by the identity of what each secret belongs to.
      const storedById = new Map(secretSlots(before.settings).map((slot) => [slot.id, slot]));
      const changed = new Set<string>();
      const values: Record<string, string> = {};
      const keep = (path: string, plain: string): void => {
        if (!secrets) return;
        values[path] = secrets.cipher.encrypt(plain);
      };
      const carry = (from: string, to: string): void => {
        const sealed = before.secrets?.values[from];
        if (sealed !== undefined && secrets && before.secrets?.cipher === secrets.cipher.name)
          values[to] = sealed;
      };
      const plainSettings: Settings = replaceSecrets(next, (slot) => {
        const old = storedById.get(slot.id);
        if (isHidden(slot.kind, slot.value)) {
          const plain = old ? plainOf(old, before.secrets) : null;
          if (plain !== null) keep(slot.path, plain);
          // Unreadable now (the key is missing, or the keyring still locked): kept sealed as it
          // was, so a save meanwhile (the language, say) loses nothing once the key is back.
          else if (old) carry(old.path, slot.path);
          return plain ?? slot.masked;
        }
        if (!old || plainOf(old, before.secrets) !== slot.value) changed.add(topField(slot.path));
        keep(slot.path, slot.value);
        return slot.value;
      });
      for (const [id, old] of storedById) {
        if (!secretSlots(next).some((slot) => slot.id === id)) changed.add(topField(old.path));
      }
      if (secrets) {
        const document = replaceSecrets(plainSettings, (slot) => slot.masked);
        const stored: StoredSecrets = { cipher: secrets.cipher.name, values };
        repo.put(settingsKey, { ...document, [secretsField]: stored }, now());
      } else {
        repo.put(settingsKey, plainSettings, now());
      }
      snapshot = redactSettings(plainSettings);
      return { changedSecrets: [...changed] };
    },
  };
}

/** The settings a core uses: the headless mode's file when one is given, else the database. */
export function openSettings(
  configPath: string | undefined,
  ...database: Parameters<typeof createDatabaseSettings>
): SettingsSource {
  return configPath ? createFileSettings(configPath) : createDatabaseSettings(...database);
}

/** Reads a settings file; throws SettingsFileError naming the bad field. */
export function readSettingsFile(path: string): Settings {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(error);
    throw new SettingsFileError(path, [{ field: '', code: 'invalid', message: reason }]);
  }
  const parsed = parseSettingsText(text);
  if (!parsed.ok) throw new SettingsFileError(path, parsed.problems);
  return parsed.settings;
}

/** Headless mode: the settings file holds the secrets in plain text; it is the caregiver's to protect. */
export function createFileSettings(path: string): SettingsSource {
  // Validate at start, so a bad file is reported before protection begins.
  let current = readSettingsFile(path);
  let snapshot = redactSettings(current);
  const former: Settings[] = [];
  return {
    kind: 'file',
    location: path,
    load: () => snapshot,
    reveal: () => current,
    revealFormer: () => former,
    save(next) {
      remember(former, current);
      const known = new Map(secretSlots(current).map((s) => [s.id, s]));
      const changed = new Set<string>();
      const restored = replaceSecrets(next, (slot) => {
        const old = known.get(slot.id);
        if (isHidden(slot.kind, slot.value)) return old?.value ?? slot.masked;
        if (old?.value !== slot.value) changed.add(topField(slot.path));
        return slot.value;
      });
      for (const [id, old] of known) {
        if (!secretSlots(next).some((slot) => slot.id === id)) changed.add(topField(old.path));
      }
      // Write beside the file, then rename: a crash never leaves half a file.
      const temp = `${path}.tmp-${process.pid}`;
      writeFileSync(temp, settingsToText(restored), { mode: 0o600 });
      renameSync(temp, path);
      current = restored;
      snapshot = redactSettings(current);
      return { changedSecrets: [...changed] };
    },
  };
}

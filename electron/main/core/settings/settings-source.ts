import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Settings } from '../../../../shared/settings/settings-schema';
import {
  describeProblems,
  parseSettingsText,
  settingsToText,
  validateSettings,
  type SettingsProblem,
} from '../../../../shared/settings/settings-validation';
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

/** Where the settings document lives: the database (the app) or a JSON file (headless mode). */
export interface SettingsSource {
  readonly kind: 'database' | 'file';
  readonly location: string;
  load(): Settings;
  save(settings: Settings): void;
}

const settingsKey = 'settings';

export function createDatabaseSettings(
  repo: SettingsRepository,
  now: () => number,
  location: string,
): SettingsSource {
  return {
    kind: 'database',
    location,
    load() {
      const stored = repo.get(settingsKey);
      if (stored === undefined) return {};
      const parsed = validateSettings(stored);
      if (!parsed.ok) throw new SettingsFileError(location, parsed.problems);
      return parsed.settings;
    },
    save(settings) {
      repo.put(settingsKey, settings, now());
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

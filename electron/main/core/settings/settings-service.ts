import type { Catalog } from '../../../../shared/catalog/catalog-types';
import type { Settings } from '../../../../shared/settings/settings-schema';
import {
  describeProblems,
  parseSettingsText,
  validateSettings,
  type SettingsProblem,
} from '../../../../shared/settings/settings-validation';
import { ApiFailure } from '../../../../shared/ipc/api-failure';
import type { EventRepository } from '../store/event-repository';
import { checkAgainstCatalog } from '../../../../shared/settings/catalog-check';
import { restoreRedactedSecrets } from '../../../../shared/settings/redact';
import type { SettingsSource } from './settings-source';

/** `setup`: saved by the first-run setup screens, before protection was ever set up. */
export type ChangeHow = 'update' | 'import' | 'screen' | 'cli-import' | 'setup';

/**
 * The one way the settings document changes: checked against the schema and the tool
 * catalog (nothing is saved when anything is wrong, and the message names the field),
 * secrets the screens saw as "•••" kept, and the changed fields written to the audit log.
 */
export interface SettingsService {
  save(next: Settings, how: ChangeHow): Settings;
  /** A whole document from the screens (secrets may be "•••"). */
  replace(value: unknown, how: ChangeHow): Settings;
  importText(text: string, how: ChangeHow): Settings;
}

function refuse(problems: readonly SettingsProblem[]): never {
  throw new ApiFailure('invalid-settings', describeProblems(problems), problems[0]?.field);
}

export function changedFields(before: Settings, after: Settings): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof Settings>;
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}

export function createSettingsService(deps: {
  readonly settings: SettingsSource;
  readonly events: EventRepository;
  readonly catalog: Catalog;
  readonly now: () => number;
  readonly onChanged: (settings: Settings, how: ChangeHow) => void;
}): SettingsService {
  const { settings, events, catalog, now } = deps;
  const checked = (value: unknown): Settings => {
    const parsed = validateSettings(value);
    if (!parsed.ok) refuse(parsed.problems);
    const problems = checkAgainstCatalog(parsed.settings, catalog);
    if (problems.length > 0) refuse(problems);
    return parsed.settings;
  };
  const service: SettingsService = {
    save(next, how) {
      const before = settings.load();
      settings.save(next);
      // Only the fields that changed, and nothing when nothing did: the family is told of each.
      const fields = changedFields(before, next);
      if (fields.length > 0) {
        events.append('settings.changed', { how, fields }, now());
        deps.onChanged(next, how);
      }
      return next;
    },
    replace(value, how) {
      const next = checked(value);
      return service.save(restoreRedactedSecrets(next, settings.load()), how);
    },
    importText(text, how) {
      const parsed = parseSettingsText(text);
      if (!parsed.ok) refuse(parsed.problems);
      return service.replace(parsed.settings, how);
    },
  };
  return service;
}

import type { Catalog } from '../../../../shared/catalog/catalog-types';
import type { Settings } from '../../../../shared/settings/settings-schema';
import {
  describeProblems,
  parseSettingsText,
  validateSettings,
  type SettingsProblem,
} from '../../../../shared/settings/settings-validation';
import { ApiFailure } from '../../../../shared/ipc/api-failure';
import { checkAgainstCatalog } from '../../../../shared/settings/catalog-check';
import type { AuditLog } from '../audit-log';
import type { Logger } from '../logging/logger';
import { SettingsFileError, type SettingsSource } from './settings-source';

/** `setup`: saved by the first-run setup screens, before protection was ever set up. */
export type ChangeHow = 'update' | 'import' | 'screen' | 'cli-import' | 'setup';

/**
 * The one way the settings document changes: checked against the schema and the tool
 * catalog (nothing is saved when anything is wrong, and the message names the field),
 * secrets the screens saw as "•••" kept, and the changed fields written to the audit log.
 * What it returns has every secret as "•••", like everything the screens get.
 */
export interface SettingsService {
  save(next: Settings, how: ChangeHow): Settings;
  /** A whole document from the screens (secrets may be "•••"). */
  replace(value: unknown, how: ChangeHow): Settings;
  importText(text: string, how: ChangeHow): Settings;
}

function refuse(problems: readonly SettingsProblem[]): never {
  throw new ApiFailure('invalid-settings', describeProblems(problems), problems[0]?.field, {
    problems: problems.map((p) => ({ field: p.field, code: p.code, ...(p.max ? { max: p.max } : {}) })),
  });
}

export function changedFields(before: Settings, after: Settings): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof Settings>;
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}

export function createSettingsService(deps: {
  readonly settings: SettingsSource;
  readonly audit: Pick<AuditLog, 'append'>;
  readonly catalog: Catalog;
  readonly now: () => number;
  readonly logger: Logger;
  /** Told after every save that changed something. */
  readonly onSaved?: () => void;
}): SettingsService {
  const { settings, audit, catalog, now, logger } = deps;
  // Allowed tools that name no known tool: a settings file is refused before protection starts;
  // in the database (an older catalog knew them) they are logged and match nothing.
  const problems = checkAgainstCatalog(settings.load(), catalog);
  if (problems.length > 0) {
    if (settings.kind === 'file') throw new SettingsFileError(settings.location, problems);
    logger.warn('settings name unknown tools', { problems: problems.map((p) => p.message) });
  }
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
      const { changedSecrets } = settings.save(next);
      const after = settings.load();
      // Only the fields that changed, and nothing when nothing did: the family is told of each.
      const fields = [...new Set([...changedFields(before, after), ...changedSecrets])].sort();
      if (fields.length > 0) {
        // The contacts from before the change are told too (a stranger put in the family's place).
        audit.append('settings.changed', { how, fields }, now(), before);
        logger.info('settings changed', { how });
        deps.onSaved?.();
      }
      return after;
    },
    replace: (value, how) => service.save(checked(value), how),
    importText(text, how) {
      const parsed = parseSettingsText(text);
      if (!parsed.ok) refuse(parsed.problems);
      return service.replace(parsed.settings, how);
    },
  };
  return service;
}

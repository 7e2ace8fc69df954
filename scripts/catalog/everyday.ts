import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldedStem } from '../../shared/catalog/matcher';

/** One real process name of Windows or a widely installed program, with where it is shown in use. */
export interface EverydayProcess {
  readonly name: string;
  readonly program: string;
  readonly source: string;
}

/** scripts/catalog/everyday-processes.json: the catalog audit's list. */
export function readEverydayProcesses(root: string): EverydayProcess[] {
  const file = join(root, 'scripts/catalog/everyday-processes.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { processes: EverydayProcess[] }).processes;
}

/**
 * The names a tool shares with everyday programs (`Teams.exe` in Parsec's upstream entry,
 * `tar.exe` in TiFLUX's): such a name becomes generic, so it needs the tool's install folder.
 */
export function sharedWithEveryday(names: readonly string[], everyday: readonly EverydayProcess[]): string[] {
  const stems = new Set(everyday.map((p) => foldedStem(p.name)));
  return names.filter((name) => stems.has(foldedStem(name)));
}

import { parseArgs } from 'node:util';
import { appVersion } from '../core/version';
import type { CliIo } from './cli-io';
import { runAlertTest } from './commands/alert-test';
import { runCheckMessage } from './commands/check-message';
import { runClassify } from './commands/classify';
import { runHistory } from './commands/history';
import { runPin } from './commands/pin';
import { runScan, runTools, runWatch } from './commands/remote-tools';
import { runSettings } from './commands/settings';
import { printStatus } from './commands/status';
import { openHeadlessCore } from './open-core';
import { UsageError } from './usage-error';

export const usage = `Hold On ${appVersion}: stops tech-support scams.

Usage: holdon <command> [options]

Commands:
  status [--json]             Show whether protection is on, the database and versions.
  scan [--json]               List the remote-access tools running now, and the windows with a
                              scam verdict each (full-screen browsers are read too).
  watch [--json]              Protect headless: print each incident (remote tools, scam pages)
                              as it happens (Ctrl+C stops).
  tools [--json]              List the remote-access tools Hold On knows, with their ids.
  classify [--explain]        Read JSON Lines {"id","title","text"} on stdin; print
                              {"id","scam","score","reasons":[{"code","text"}]} per line
                              (--explain adds the detector's strongest features).
  alert-test [--contact NAME] Send a test alert to the trusted contacts; exit 1 if any failed.
  check-message               Read a message on stdin; print {"verdict","score","redFlags"} as JSON.
          [--language L]      L: en, es or de, the language of the explanations (default en).
          [--explain]         Add the detector's strongest features.
  settings export [FILE]      Print the settings file (or write it to FILE).
  settings import FILE|-      Check and load a settings file; nothing changes if it has an error.
  history [--json] [--type T] What happened, newest first (T: incident, action, alert, pause,
          [--limit N]         pin, settings, app).
  pin reset                   Forgotten PIN: read a new caregiver PIN from standard input;
                              every trusted contact is told.

Options:
  --db FILE          Use this database file (default: holdon.db in the data folder)
  --config FILE      Headless mode: take settings from this JSON file
  --data-dir DIR     Use this data folder (default: the app's; or HOLDON_DATA_DIR)
  --json             Machine-readable output
  -h, --help         Show this help
  -v, --version      Show the version

Exit codes: 0 ok, 1 failed, 2 bad usage or bad input (the reason is on stderr).
`;

/** Runs one CLI invocation and returns its exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        db: { type: 'string' },
        config: { type: 'string' },
        'data-dir': { type: 'string' },
        contact: { type: 'string' },
        type: { type: 'string' },
        limit: { type: 'string' },
        language: { type: 'string' },
        explain: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
    if (values.version) {
      io.stdout(`${appVersion}\n`);
      return 0;
    }
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
      io.stdout(usage);
      return command === undefined && !values.help ? 2 : 0;
    }
    const json = values.json === true;
    if (command === 'tools') return runTools(json, io);
    if (command === 'check-message') {
      if (rest.length > 0) throw new UsageError(`check-message takes no arguments (got "${rest.join(' ')}")`);
      return await runCheckMessage(io, { language: values.language, explain: values.explain === true });
    }
    if (command === 'classify') return await runClassify(rest, io, values.explain === true);
    if (!['status', 'settings', 'scan', 'watch', 'alert-test', 'history', 'pin'].includes(command))
      throw new UsageError(`unknown command "${command}"`);
    if (command !== 'settings' && command !== 'pin' && rest.length > 0)
      throw new UsageError(`${command} takes no arguments (got "${rest.join(' ')}")`);
    const { core } = openHeadlessCore({
      ...{ db: values.db, config: values.config, dataDir: values['data-dir'] },
      protecting: command === 'watch',
    });
    try {
      if (command === 'status') {
        const status = await core.invoke('status.get', {});
        if (!status.ok) throw new Error(status.error.message);
        printStatus(status.value, json, io);
        return 0;
      }
      if (command === 'scan') return await runScan(core, json, io);
      if (command === 'watch') return await runWatch(core, json, io);
      if (command === 'alert-test') return await runAlertTest(core, values.contact, json, io);
      if (command === 'history')
        return await runHistory(core, { json, type: values.type, limit: values.limit }, io);
      if (command === 'pin') return await runPin(core, rest, io);
      return await runSettings(core, rest, io);
    } finally {
      core.close();
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
      io.stderr(`holdon: ${(error as Error).message}\n`);
      return 2;
    }
    io.stderr(`holdon: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

import { resolve } from 'node:path';
import { createCore, type Core } from '../core/core-host';
import { defaultDataDir } from '../core/data-dir';
import { createFileLogger, type Logger } from '../core/logging/logger';
import { defaultProcessSensor } from '../core/sensors/default-sensors';
import { testSmtpOverride } from '../core/notifier/delivery/channels/email-channel';
import { onlyProcessesUnder, testProcessRoot } from '../core/sensors/process-tree-source';
import { SettingsFileError } from '../core/settings/settings-source';
import { DatabaseTooNewError } from '../core/store/migrate';
import { pairingServer } from '../../../shared/settings/ntfy-server';
import { UsageError } from './usage-error';

export interface HeadlessOptions {
  readonly db?: string | undefined;
  readonly config?: string | undefined;
  readonly dataDir?: string | undefined;
  readonly requestQuit?: (() => void) | undefined;
  /** It will protect (`holdon watch`, the preview host): an unusable database does not stop it. */
  readonly protecting?: boolean;
}

/** Opens the core the way the CLI and the preview host do: files from flags, logs in the data folder. */
export function openHeadlessCore(options: HeadlessOptions): { core: Core; logger: Logger; dataDir: string } {
  const dataDir = resolve(options.dataDir ?? defaultDataDir());
  const logger = createFileLogger({ dir: resolve(dataDir, 'logs') });
  // Tests only: a test that runs `holdon watch` or the preview host sees its own processes.
  const root = testProcessRoot();
  if (root !== null) logger.warn('watching only the processes under one pid (tests)', { root });
  const smtp = testSmtpOverride(process.env);
  if (smtp) logger.warn('every e-mail goes to a local test server (tests)', { ...smtp });
  try {
    const core = createCore({
      dataDir,
      logger,
      ntfyServer: pairingServer(process.env),
      ...(smtp ? { smtpOverride: smtp } : {}),
      ...(root === null
        ? {}
        : { processSource: onlyProcessesUnder(defaultProcessSensor(process.platform, logger).source, root) }),
      ...(options.db ? { databasePath: resolve(options.db) } : {}),
      ...(options.config ? { configPath: resolve(options.config) } : {}),
      ...(options.requestQuit ? { requestQuit: options.requestQuit } : {}),
      keepProtectingIfStoreFails: options.protecting === true,
    });
    return { core, logger, dataDir };
  } catch (error) {
    // Both are the user's input being wrong, not a crash: say so in one line.
    if (error instanceof SettingsFileError || error instanceof DatabaseTooNewError) {
      throw new UsageError(error.message);
    }
    throw error;
  }
}

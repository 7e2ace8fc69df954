import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openHeadlessCore } from '../cli/open-core';
import { UsageError } from '../cli/usage-error';
import { startPreviewHost } from './preview-host';

const usage = `Usage: npm run web -- [--port N] [--db FILE] [--config FILE] [--data-dir DIR] [--setup-pin PIN]

Serves the Hold On screens with the real core on 127.0.0.1 for a browser (development and tests).
--setup-pin PIN  start as if the setup had been finished with this caregiver PIN (when none is
                 set yet), so the screens open at home instead of the setup.`;

function parsePort(text: string | undefined): number {
  if (text === undefined) return 0;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be 0-65535, got "${text}"`);
  return port;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      db: { type: 'string' },
      config: { type: 'string' },
      'data-dir': { type: 'string' },
      'setup-pin': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const port = parsePort(values.port);
  let stop = (): void => undefined;
  const { core, logger } = openHeadlessCore({
    db: values.db,
    config: values.config,
    dataDir: values['data-dir'],
    // "Quit" with the right PIN stops the preview host, as it quits the app.
    requestQuit: () => stop(),
    protecting: true,
  });
  const setupPin = values['setup-pin'];
  if (setupPin !== undefined) {
    // The same steps the setup screens take: make the PIN (when none is set yet), then finish.
    const status = await core.invoke('setup.status', {});
    const made =
      status.ok && status.value.pinSet ? status : await core.invoke('pin.set', { newPin: setupPin });
    const done = made.ok ? await core.invoke('setup.complete', { pin: setupPin }) : made;
    if (!done.ok) {
      core.close();
      throw new UsageError(`--setup-pin: ${done.error.message}`);
    }
  }
  const host = await startPreviewHost({
    core,
    logger: logger.child('preview'),
    port,
    rendererDir: join(__dirname, '../renderer'),
  });
  stop = (): void => {
    // Stopping never hangs: whatever still holds the host after 5 s (a socket a page keeps
    // open, a sensor stuck in its work) is written down and the process ends all the same.
    setTimeout(() => {
      logger.warn('the preview host did not close within 5 s; ending it');
      process.exit(0);
    }, 5_000).unref();
    void host.close().then(() => {
      core.close();
      process.exit(0);
    });
  };
  // Before the address is printed: whoever reads it may stop us at once.
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await core.startProtection();
  process.stdout.write(`Preview: ${host.url}\n`);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`holdon preview: ${message}\n`);
  process.exit(
    error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1,
  );
});

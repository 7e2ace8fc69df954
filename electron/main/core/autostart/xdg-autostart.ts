import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Start at login on Linux desktops: a `.desktop` file in `$XDG_CONFIG_HOME/autostart`
 * (default `~/.config/autostart`), which GNOME, KDE, Xfce, Cinnamon and MATE all read.
 * https://specifications.freedesktop.org/autostart-spec/latest/
 * https://specifications.freedesktop.org/desktop-entry-spec/latest/
 */
export const autostartFileName = 'hold-on.desktop';

export function autostartDir(env: NodeJS.ProcessEnv = process.env): string {
  const configHome = env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.startsWith('/') ? env.XDG_CONFIG_HOME : null;
  return join(configHome ?? join(homedir(), '.config'), 'autostart');
}

/** Quotes one Exec argument as the desktop entry spec asks (double quotes, escaped \ " ` $). */
export function quoteExecArg(arg: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)) return arg;
  return `"${arg.replace(/[\\"`$]/g, (c) => `\\${c}`)}"`;
}

export function desktopEntry(command: readonly string[]): string {
  const exec = command.map(quoteExecArg).join(' ');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Hold On',
    'Comment=Stops tech-support scams',
    `Exec=${exec}`,
    'Icon=holdon',
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/**
 * Writes (or refreshes) the autostart entry for `command` (the app's executable and its
 * arguments; an AppImage's own path, not the temporary mount). Returns the file's path.
 * Written beside the target, then renamed, so a half-written file never exists.
 */
export function enableXdgAutostart(command: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const dir = autostartDir(env);
  const file = join(dir, autostartFileName);
  const text = desktopEntry(command);
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return file;
  mkdirSync(dir, { recursive: true });
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, text, { mode: 0o644 });
  renameSync(temp, file);
  return file;
}

export function disableXdgAutostart(env: NodeJS.ProcessEnv = process.env): void {
  rmSync(join(autostartDir(env), autostartFileName), { force: true });
}

export function isXdgAutostartEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return existsSync(join(autostartDir(env), autostartFileName));
}

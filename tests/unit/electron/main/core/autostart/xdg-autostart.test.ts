import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  autostartDir,
  disableXdgAutostart,
  enableXdgAutostart,
  isXdgAutostartEnabled,
  quoteExecArg,
} from '../../../../../../electron/main/core/autostart/xdg-autostart';
import { useTempDir } from '../../../../../fakes/temp-dir';

describe('start at login on Linux (XDG autostart)', () => {
  const tempDir = useTempDir();

  it('writes a desktop entry in $XDG_CONFIG_HOME/autostart that starts Hold On hidden', () => {
    const env = { XDG_CONFIG_HOME: tempDir() };
    const file = enableXdgAutostart(['/home/ann/Apps/Hold On.AppImage', '--hidden'], env);
    expect(file).toBe(join(env.XDG_CONFIG_HOME, 'autostart', 'hold-on.desktop'));
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')).toEqual(
      expect.arrayContaining([
        '[Desktop Entry]',
        'Type=Application',
        'Name=Hold On',
        'Exec="/home/ann/Apps/Hold On.AppImage" --hidden',
        'Terminal=false',
      ]),
    );
    expect(statSync(file).mode & 0o777).toBe(0o644);
    expect(isXdgAutostartEnabled(env)).toBe(true);
    disableXdgAutostart(env);
    expect(isXdgAutostartEnabled(env)).toBe(false);
  });

  it('falls back to ~/.config when XDG_CONFIG_HOME is unset or not absolute', () => {
    expect(autostartDir({})).toMatch(/\/\.config\/autostart$/);
    expect(autostartDir({ XDG_CONFIG_HOME: 'relative/dir' })).toMatch(/\/\.config\/autostart$/);
  });

  it('quotes Exec arguments as the desktop entry spec asks', () => {
    expect(quoteExecArg('/opt/holdon/holdon')).toBe('/opt/holdon/holdon');
    expect(quoteExecArg('/a b/"c"$d`e\\f')).toBe('"/a b/\\"c\\"\\$d\\`e\\\\f"');
  });
});

import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../../../electron/main/core/data-dir';

describe('the data folder', () => {
  it('matches Electron userData on each platform', () => {
    expect(defaultDataDir({}, 'linux', '/home/ann')).toBe('/home/ann/.config/Hold On');
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/ann')).toBe('/cfg/Hold On');
    expect(defaultDataDir({}, 'darwin', '/Users/ann')).toBe('/Users/ann/Library/Application Support/Hold On');
    expect(defaultDataDir({ APPDATA: 'C:/Users/ann/AppData/Roaming' }, 'win32', 'C:/Users/ann')).toMatch(
      /AppData[/\\]Roaming[/\\]Hold On$/,
    );
  });

  it('can be moved with HOLDON_DATA_DIR', () => {
    expect(defaultDataDir({ HOLDON_DATA_DIR: '/srv/holdon' }, 'linux', '/home/ann')).toBe('/srv/holdon');
    // The installed app ignores it: a user variable must not move it onto an empty database.
    expect(defaultDataDir({ HOLDON_DATA_DIR: '/tmp/empty' }, 'linux', '/home/ann', true)).toBe(
      '/home/ann/.config/Hold On',
    );
  });
});

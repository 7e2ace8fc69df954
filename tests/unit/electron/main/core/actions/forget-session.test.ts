import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { flagValue, forgetSession } from '../../../../../../electron/main/core/actions/forget-session';
import { browsers, type Browser } from '../../../../../../shared/browsers/browser-catalog';
import type { ProcessInfo } from '../../../../../../shared/catalog/process-info';

const browser = (id: Browser['id']): Browser => {
  const found = browsers.find((b) => b.id === id);
  if (!found) throw new Error(id);
  return found;
};
const proc = (cmd: string | null): ProcessInfo => ({ pid: 10, ppid: 1, name: 'x', path: null, cmd });
const dirs: string[] = [];
const temp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'holdon-forget-'));
  dirs.push(dir);
  return dir;
};
const touch = (path: string): void => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, 'x');
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('forgetting the pages a closed browser would restore', () => {
  it('reads --user-data-dir, --profile-directory and -profile, quoted or not', () => {
    expect(flagValue('chrome --user-data-dir=/tmp/a b', ['user-data-dir'])).toBe('/tmp/a');
    expect(flagValue('chrome.exe --user-data-dir="C:\\Users\\Ann\\My Data" x', ['user-data-dir'])).toBe(
      'C:\\Users\\Ann\\My Data',
    );
    expect(flagValue('firefox -profile /home/ann/p -no-remote', ['profile'])).toBe('/home/ann/p');
    expect(flagValue('chrome --profile-directory="Profile 1"', ['profile-directory'])).toBe('Profile 1');
    expect(flagValue('chrome --type=renderer', ['user-data-dir'])).toBeNull();
  });

  it('Chromium family: removes Sessions and the old session files of every profile, and nothing else', () => {
    const root = temp();
    for (const profile of ['Default', 'Profile 1']) {
      touch(join(root, profile, 'Preferences'));
      touch(join(root, profile, 'History'));
      touch(join(root, profile, 'Bookmarks'));
      touch(join(root, profile, 'Sessions', 'Session_1'));
      touch(join(root, profile, 'Sessions', 'Tabs_1'));
    }
    touch(join(root, 'Default', 'Current Session'));
    touch(join(root, 'Default', 'Last Tabs'));
    const removed = forgetSession(browser('chrome'), [proc(`chrome --user-data-dir=${root}`)]);
    expect(removed.sort()).toEqual(
      [
        join(root, 'Default', 'Sessions'),
        join(root, 'Default', 'Current Session'),
        join(root, 'Default', 'Last Tabs'),
        join(root, 'Profile 1', 'Sessions'),
      ].sort(),
    );
    expect(readdirSync(join(root, 'Default')).sort()).toEqual(['Bookmarks', 'History', 'Preferences']);
    expect(readdirSync(join(root, 'Profile 1')).sort()).toEqual(['Bookmarks', 'History', 'Preferences']);
  });

  it('only the profile the browser was started with, when it says which', () => {
    const root = temp();
    touch(join(root, 'Default', 'Preferences'));
    touch(join(root, 'Default', 'Sessions', 'Session_1'));
    touch(join(root, 'Profile 2', 'Preferences'));
    touch(join(root, 'Profile 2', 'Sessions', 'Session_1'));
    const cmd = `msedge.exe --user-data-dir=${root} --profile-directory="Profile 2"`;
    expect(forgetSession(browser('edge'), [proc(cmd)])).toEqual([join(root, 'Profile 2', 'Sessions')]);
    expect(existsSync(join(root, 'Default', 'Sessions'))).toBe(true);
  });

  it('the default user data folder when the command line is unknown (Windows: LOCALAPPDATA)', () => {
    const local = temp();
    const root = join(local, 'Microsoft', 'Edge', 'User Data');
    touch(join(root, 'Default', 'Preferences'));
    touch(join(root, 'Default', 'Sessions', 'Session_1'));
    const removed = forgetSession(browser('edge'), [proc(null)], { LOCALAPPDATA: local }, 'win32');
    expect(removed).toEqual([join(root, 'Default', 'Sessions')]);
  });

  it('Firefox: sessionstore-backups/recovery* of the profiles in profiles.ini, nothing else', () => {
    const home = temp();
    const root = join(home, '.mozilla', 'firefox');
    touch(join(root, 'abc.default-release', 'sessionstore-backups', 'recovery.jsonlz4'));
    touch(join(root, 'abc.default-release', 'sessionstore-backups', 'recovery.baklz4'));
    touch(join(root, 'abc.default-release', 'sessionstore-backups', 'previous.jsonlz4'));
    touch(join(root, 'abc.default-release', 'places.sqlite'));
    writeFileSync(
      join(root, 'profiles.ini'),
      '[Profile0]\nName=default-release\nIsRelative=1\nPath=abc.default-release\nDefault=1\n',
    );
    const removed = forgetSession(browser('firefox'), [proc('firefox')], { HOME: home }, 'linux');
    expect(removed.sort()).toEqual(
      [
        join(root, 'abc.default-release', 'sessionstore-backups', 'recovery.baklz4'),
        join(root, 'abc.default-release', 'sessionstore-backups', 'recovery.jsonlz4'),
      ].sort(),
    );
    expect(existsSync(join(root, 'abc.default-release', 'places.sqlite'))).toBe(true);
    expect(existsSync(join(root, 'abc.default-release', 'sessionstore-backups', 'previous.jsonlz4'))).toBe(
      true,
    );
  });
});

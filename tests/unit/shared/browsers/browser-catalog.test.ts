import { describe, expect, it } from 'vitest';
import {
  browserOfExecutable,
  identifyBrowser,
  isDevToolsTitle,
} from '../../../../shared/browsers/browser-catalog';

describe('browser catalog', () => {
  it.each([
    ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'chrome'],
    ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', 'chrome'],
    ['/opt/google/chrome/chrome', 'chrome'],
    ['C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe', 'edge'],
    ['/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge', 'edge'],
    ['C:\\Program Files\\Mozilla Firefox\\firefox.exe', 'firefox'],
    ['/usr/lib/firefox-esr/firefox-esr', 'firefox'],
    ['C:\\Users\\Ann\\AppData\\Local\\BraveSoftware\\Brave-Browser\\Application\\brave.exe', 'brave'],
    ['C:\\Users\\Ann\\AppData\\Local\\Programs\\Opera\\opera.exe', 'opera'],
    ['/Applications/Safari.app/Contents/MacOS/Safari', 'safari'],
    ['/usr/lib/chromium/chromium', 'chromium'],
    ['CHROME.EXE', 'chrome'],
  ])('knows %s', (executable, id) => {
    expect(browserOfExecutable(executable)?.id).toBe(id);
  });

  it('does not take other programs for browsers', () => {
    expect(browserOfExecutable('C:\\Windows\\notepad.exe')).toBeNull();
    expect(browserOfExecutable('/usr/bin/chromium-helper-tool')).toBeNull();
    expect(browserOfExecutable(null)).toBeNull();
    expect(identifyBrowser({ executable: '/usr/bin/gedit', title: 'notes - Google Chrome' })).toBeNull();
  });

  it('takes the page title out of the window title, for each browser', () => {
    expect(
      identifyBrowser({ executable: 'chrome.exe', title: 'Security Warning - Google Chrome' }),
    ).toMatchObject({ browser: { id: 'chrome' }, pageTitle: 'Security Warning' });
    // Edge writes a zero-width space inside its own name.
    expect(
      identifyBrowser({ executable: 'msedge.exe', title: 'Alert - Personal - Microsoft\u200b Edge' }),
    ).toMatchObject({ browser: { id: 'edge' }, pageTitle: 'Alert - Personal' });
    expect(
      identifyBrowser({ executable: 'firefox.exe', title: 'Alert \u2014 Mozilla Firefox' })?.pageTitle,
    ).toBe('Alert');
    expect(identifyBrowser({ executable: 'Safari', title: 'Apple Support' })?.pageTitle).toBe(
      'Apple Support',
    );
  });

  it('knows a browser by its title when the owner cannot be read', () => {
    expect(identifyBrowser({ executable: null, title: 'Call now - Brave' })).toMatchObject({
      browser: { id: 'brave' },
      pageTitle: 'Call now',
    });
    expect(identifyBrowser({ executable: null, title: 'Untitled - Notepad' })).toBeNull();
  });

  it('recognises undocked developer tools in every browser', () => {
    expect(isDevToolsTitle('DevTools - www.chase.com/account')).toBe(true);
    expect(isDevToolsTitle('Developer Tools \u2014 Online Banking \u2014 https://bank.example')).toBe(true);
    expect(isDevToolsTitle('Web Inspector \u2014 bank.example')).toBe(true);
    expect(isDevToolsTitle('Browser Toolbox')).toBe(true);
    expect(isDevToolsTitle('Chrome DevTools tips and tricks')).toBe(false);
  });
});

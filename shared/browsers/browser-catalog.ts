import { stemOf } from '../catalog/process-info';

export type BrowserId = 'chrome' | 'edge' | 'firefox' | 'brave' | 'opera' | 'safari' | 'chromium';

export interface Browser {
  readonly id: BrowserId;
  readonly name: string;
  /** Executable names on Windows, macOS and Linux, compared without case or `.exe`. */
  readonly executables: readonly string[];
  /** What the browser appends to the page title in its window title. */
  readonly titleSuffixes: readonly string[];
}

/**
 * The major browsers. Executable names: the vendors' install layouts (`chrome.exe`,
 * `/Applications/Google Chrome.app/Contents/MacOS/Google Chrome`, `/opt/google/chrome/chrome`,
 * Debian's `/usr/lib/chromium/chromium`). Title suffixes: what each browser writes after the page
 * title; Edge puts a zero-width space inside "Microsoft Edge" (U+200B), Firefox an em dash.
 */
export const browsers: readonly Browser[] = [
  {
    id: 'chrome',
    name: 'Google Chrome',
    executables: ['chrome', 'google chrome', 'google-chrome', 'google-chrome-stable', 'google-chrome-beta'],
    titleSuffixes: [' - Google Chrome'],
  },
  {
    id: 'edge',
    name: 'Microsoft Edge',
    executables: ['msedge', 'microsoft edge', 'microsoft-edge', 'microsoft-edge-stable'],
    titleSuffixes: [' - Microsoft\u200b Edge', ' - Microsoft Edge'],
  },
  {
    id: 'firefox',
    name: 'Firefox',
    executables: ['firefox', 'firefox-esr', 'firefox-bin', 'firefox-developer-edition'],
    titleSuffixes: [' \u2014 Mozilla Firefox', ' - Mozilla Firefox', ' \u2014 Firefox', ' - Firefox'],
  },
  {
    id: 'brave',
    name: 'Brave',
    executables: ['brave', 'brave browser', 'brave-browser', 'brave-browser-stable'],
    titleSuffixes: [' - Brave'],
  },
  {
    id: 'opera',
    name: 'Opera',
    executables: ['opera', 'opera_gx', 'opera gx'],
    titleSuffixes: [' - Opera'],
  },
  {
    id: 'safari',
    name: 'Safari',
    // Safari draws pages in `com.apple.WebKit.WebContent` helpers; its windows belong to Safari.
    executables: ['safari'],
    titleSuffixes: [],
  },
  {
    id: 'chromium',
    name: 'Chromium',
    executables: ['chromium', 'chromium-browser', 'chromium-freeworld'],
    titleSuffixes: [' - Chromium'],
  },
];

const byExecutable = new Map<string, Browser>(
  browsers.flatMap((b) => b.executables.map((e) => [e, b] as const)),
);

/** The browser an executable belongs to (`C:\…\msedge.exe`, `/usr/lib/chromium/chromium`), or null. */
export function browserOfExecutable(executable: string | null): Browser | null {
  if (!executable) return null;
  return byExecutable.get(stemOf(executable)) ?? null;
}

function suffixOf(title: string): { browser: Browser; suffix: string } | null {
  for (const browser of browsers) {
    for (const suffix of browser.titleSuffixes) if (title.endsWith(suffix)) return { browser, suffix };
  }
  return null;
}

export interface BrowserWindow {
  readonly browser: Browser;
  /** The window title without the browser's name: the page's own title. */
  readonly pageTitle: string;
}

/**
 * Whether a window belongs to a browser, by its executable and else by its title suffix (for a
 * window whose owner Hold On may not read), and the page title it shows.
 */
export function identifyBrowser(window: {
  readonly executable: string | null;
  readonly title: string;
}): BrowserWindow | null {
  const bySuffix = suffixOf(window.title);
  const browser = browserOfExecutable(window.executable) ?? (window.executable ? null : bySuffix?.browser);
  if (!browser) return null;
  const suffix = bySuffix?.browser === browser ? bySuffix.suffix : '';
  return { browser, pageTitle: window.title.slice(0, window.title.length - suffix.length).trim() };
}

/**
 * Undocked developer tools: Chrome, Edge, Brave, Opera and Chromium title them "DevTools - <url>",
 * Firefox "Developer Tools - …" (or "Browser Toolbox"), Safari "Web Inspector — …". Fake
 * technicians open them to edit a bank page's balance (the refund-scam trick).
 */
export function isDevToolsTitle(pageTitle: string): boolean {
  return /^(devtools|developer tools|web inspector)(\s[-\u2014\u2013]|$)|^browser toolbox\b/i.test(
    pageTitle.trim(),
  );
}

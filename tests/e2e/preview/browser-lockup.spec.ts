import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { exited } from '../../fakes/renamed-process';
import {
  servePages,
  startChromium,
  startXSession,
  x11Missing,
  type ChromiumWindow,
  type XSession,
} from '../../fakes/x-session';
import {
  expectLargeTextAndTargets,
  expectNoAxeViolations,
  expectNoHorizontalScrollAtDoubleZoom,
} from '../support/accessibility';
import { realDesktopTestMs } from '../support/deadlines';
import { expect, startPreviewWith, stopPreview, test as base, type PreviewServer } from '../support/preview';

/**
 * The whole path on a real desktop: a scam page opens in real Chromium on a private X server,
 * the preview host's core sees it, the warning appears in this page, and "Close the web browser"
 * really ends Chromium.
 */
const shots = (name: string) => join(__dirname, '../../../test-results/screenshots', `${name}.png`);
const missing = x11Missing();

/**
 * One private X server (with openbox) for all the tests of a worker: setting one up is the
 * slowest part of such a test on a busy machine, and it has nothing of one test's left in it
 * once that test's Chromium is gone.
 */
const test = base.extend<object, { x: XSession }>({
  x: [
    async ({}, use) => {
      const session = await startXSession();
      await use(session);
      await session.stop();
    },
    { scope: 'worker', timeout: realDesktopTestMs },
  ],
});

let pages: Awaited<ReturnType<typeof servePages>> | null = null;
let server: PreviewServer | null = null;
let chromium: ChromiumWindow | null = null;

test.skip(missing !== null, `needs an X11 desktop for real Chromium windows: ${missing ?? ''}`);
// A real desktop, a real browser and the preview host: see deadlines.ts.
test.describe.configure({ timeout: realDesktopTestMs });

test.afterEach(async () => {
  await chromium?.stop();
  chromium = null;
  if (server) await stopPreview(server);
  server = null;
  await pages?.close();
  pages = null;
});

async function scamPageOpens(page: Page, x: XSession, language: string): Promise<ChromiumWindow> {
  pages = await servePages();
  server = await startPreviewWith(
    { language, country: 'US', contacts: [{ name: 'Ann', relation: 'daughter', phone: '+1 201 555 0100' }] },
    { env: x.env },
  );
  await page.goto(server.url);
  await expect(page.getByTestId('status')).toBeVisible();
  chromium = startChromium(x.env, pages.url('scam-title.html'));
  return chromium;
}

test('a scam page brings up the warning; "Close the web browser" really ends Chromium', async ({
  page,
  x,
}) => {
  const browser = await scamPageOpens(page, x, 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hold on. This web page is a trick.');
  await expect(page.getByText('It is not a real warning. Your computer is fine.')).toBeVisible();
  await expect(page.getByText('A Chromium window shows a page that looks like a scam.')).toBeVisible();
  await expect(page.getByText('It says your computer is blocked.')).toBeVisible();
  // The page it stopped, small, as the screen showed it (only that window).
  await expect(page.getByRole('img', { name: 'A small picture of the scam page' })).toBeVisible();
  await expect(page.getByText('This is the page Hold On stopped.')).toBeVisible();
  // A help session is about remote tools: a scam page's warning does not offer it.
  await expect(page.getByRole('button', { name: 'Someone I know is helping me' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await expectLargeTextAndTargets(page);
  await expectNoHorizontalScrollAtDoubleZoom(page);

  // The safe choice comes first and largest, and works from the keyboard.
  await page.keyboard.press('Tab');
  const close = page.getByRole('button', { name: 'Close the web browser' });
  await expect(close).toBeFocused();
  const box = await close.boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(48);
  await page.keyboard.press('Enter');
  await exited(browser.process);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are safe now');
  await expect(page.getByText('Hold On closed Chromium. The fake warning is gone.')).toBeVisible();
  await expect(page.getByText('If the browser asks to restore your pages, choose No.')).toBeVisible();
  await expect(page.getByText('ReportFraud.ftc.gov', { exact: false }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await expectLargeTextAndTargets(page);
  await page.getByRole('button', { name: 'I am done' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are protected');
});

for (const [language, warning, button, safe, restore] of [
  [
    'en',
    'Hold on. This web page is a trick.',
    'Close the web browser',
    'You are safe now',
    'If the browser asks to restore your pages, choose No.',
  ],
  [
    'es',
    'Espere. Esta página web es un engaño.',
    'Cerrar el navegador',
    'Ahora está a salvo',
    'Si el navegador le pregunta si quiere restaurar las páginas, elija No.',
  ],
  [
    'de',
    'Moment. Diese Webseite ist ein Trick.',
    'Webbrowser schließen',
    'Sie sind jetzt sicher',
    'Wenn der Browser fragt, ob er die Seiten wiederherstellen soll, wählen Sie Nein.',
  ],
] as const) {
  test(`the scam-page warning and its confirmation in ${language}`, async ({ page, x }) => {
    const browser = await scamPageOpens(page, x, language);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(warning);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shots(`browser-lockup-${language}`), fullPage: true });
    await page.getByRole('button', { name: button }).click();
    await exited(browser.process);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(safe);
    await expect(page.getByText(restore)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shots(`browser-closed-${language}`), fullPage: true });
  });
}

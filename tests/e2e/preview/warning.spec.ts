import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { exited, startRenamed } from '../../fakes/renamed-process';
import {
  expectLargeTextAndTargets,
  expectNoAxeViolations,
  expectNoHorizontalScrollAtDoubleZoom,
} from '../support/accessibility';
import {
  caregiverPin,
  expect,
  startPreviewWith,
  stopPreview,
  test,
  type PreviewServer,
} from '../support/preview';

/**
 * The warning, tried as a frightened person would use it with a scammer on the phone saying
 * what to click: real processes named like remote tools, the real core, real Chromium.
 */
const shots = (name: string) => join(__dirname, '../../../test-results/screenshots', `${name}.png`);
const settings = {
  country: 'GB',
  contacts: [{ name: 'Ann', relation: 'daughter', phone: '+44 7700 900123' }],
};

type Language = 'en' | 'es' | 'de';
const words = {
  en: {
    oneTool: 'Hold on. AnyDesk just started.',
    twoTools: 'Hold on. AnyDesk and TeamViewer are running.',
    danger: 'Hold on. This is a scam.',
    end: 'End the remote connection',
    call: 'Call Ann',
    close: 'Close this message',
    closeNow: 'Close this message now',
    help: 'Someone I know is helping me',
    helpPin: 'Family PIN',
    approve: 'Allow for one hour',
    checklist: 'Not sure? Answer a few questions',
    showAgain: 'Show the warning again',
    safe: /You are safe now|You are protected/,
    actNow: 'Do this now',
    blocked: 'Hold On closed AnyDesk',
  },
  es: {
    oneTool: 'Espere. AnyDesk se acaba de abrir.',
    twoTools: 'Espere. AnyDesk y TeamViewer están abiertos.',
    danger: 'Espere. Esto es una estafa.',
    end: 'Cortar la conexión remota',
    call: 'Llamar a Ann',
    close: 'Cerrar este mensaje',
    closeNow: 'Cerrar este mensaje ahora',
    help: 'Me está ayudando alguien que conozco',
    helpPin: 'PIN de la familia',
    approve: 'Permitir durante una hora',
    checklist: '¿Tiene dudas? Conteste unas preguntas',
    showAgain: 'Mostrar otra vez el aviso',
    safe: /Ahora está a salvo|Está protegido/,
    actNow: 'Haga esto ahora',
    blocked: 'Hold On cerró AnyDesk',
  },
  de: {
    oneTool: 'Moment. AnyDesk wurde gerade gestartet.',
    twoTools: 'Moment. AnyDesk und TeamViewer laufen.',
    danger: 'Moment. Das ist Betrug.',
    end: 'Fernverbindung beenden',
    call: 'Ann anrufen',
    close: 'Diese Nachricht schließen',
    closeNow: 'Diese Nachricht jetzt schließen',
    help: 'Mir hilft jemand, den ich kenne',
    helpPin: 'PIN der Familie',
    approve: 'Eine Stunde erlauben',
    checklist: 'Unsicher? Ein paar Fragen beantworten',
    showAgain: 'Die Warnung wieder zeigen',
    safe: /Sie sind jetzt sicher|Sie sind geschützt/,
    actNow: 'Tun Sie das jetzt',
    blocked: 'Hold On hat AnyDesk geschlossen',
  },
} as const;

let server: PreviewServer | null = null;
const tools: ChildProcess[] = [];
test.afterEach(async () => {
  if (server) await stopPreview(server);
  server = null;
  tools.length = 0;
});

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** Opens the preview (with a clock the test can move: the close wait is 20 s) at home. */
async function open(page: Page, language: Language, extra: Record<string, unknown> = {}): Promise<void> {
  server = await startPreviewWith({ ...settings, language, ...extra });
  await page.clock.install();
  await page.goto(server.url);
  await expect(page.getByTestId('status')).toBeVisible();
}

function start(name: string): ChildProcess {
  const child = startRenamed(name);
  tools.push(child);
  return child;
}

/** While a remote tool runs: End is one click away, and nothing on the screen says "safe". */
async function expectEndOneClickAway(page: Page, language: Language): Promise<void> {
  const end = page.getByRole('button', { name: words[language].end, exact: true }).first();
  await expect(end).toBeVisible();
  await expect(end).toBeEnabled();
  await expect(page.locator('body')).not.toContainText(words[language].safe);
}

test('two tools together: one warning names both, End ends both, and only then is it safe', async ({
  page,
}) => {
  await open(page, 'en');
  const both = [start('AnyDesk.exe'), start('TeamViewer.exe')];
  await expect(h1(page)).toHaveText(words.en.twoTools);
  await expect(page.getByRole('region', { name: 'Connected to your computer now' })).toContainText('AnyDesk');
  await expect(page.getByRole('region', { name: 'Connected to your computer now' })).toContainText(
    'TeamViewer',
  );
  await page.getByRole('button', { name: words.en.end }).click();
  await Promise.all(both.map(exited));
  await expect(h1(page)).toHaveText('You are safe now');
  await expect(page.getByText('AnyDesk is closed.')).toBeVisible();
  await expect(page.getByText('TeamViewer is closed.')).toBeVisible();
  await expect(page.getByText('No remote connection is open now.', { exact: false })).toBeVisible();
});

test('one after the other: the second tool joins the warning instead of replacing it', async ({ page }) => {
  await open(page, 'en');
  const anydesk = start('AnyDesk.exe');
  await expect(h1(page)).toHaveText(words.en.oneTool);
  const teamviewer = start('TeamViewer.exe');
  await expect(h1(page)).toHaveText(words.en.twoTools);
  await page.getByRole('button', { name: words.en.end }).click();
  await Promise.all([exited(anydesk), exited(teamviewer)]);
  await expect(h1(page)).toHaveText('You are safe now');
});

test('a tool that could not be ended is named, with "End it too", and the screen never says safe', async ({
  page,
}) => {
  await open(page, 'en');
  start('AnyDesk.exe');
  await expect(h1(page)).toHaveText(words.en.oneTool);
  // The person ends AnyDesk; meanwhile a second tool starts (the caller had it installed too).
  await page.getByRole('button', { name: words.en.end }).click();
  await expect(h1(page)).toHaveText('You are safe now');
  start('TeamViewer.exe');
  await expect(h1(page)).toHaveText('Hold on. TeamViewer just started.');
  await page.getByRole('button', { name: words.en.close }).click();
  await page.clock.runFor(20_000);
  await page.getByRole('button', { name: words.en.closeNow }).click();
  // Back on the confirmation, which now tells the truth about TeamViewer.
  await expect(h1(page)).toHaveText(words.en.actNow);
  await expect(
    page.getByText('TeamViewer is still running. Someone may still see your computer.'),
  ).toBeVisible();
  await expect(page.locator('body')).not.toContainText(words.en.safe);
  await page.getByRole('button', { name: 'End TeamViewer too' }).click();
  await expect(page.getByText('TeamViewer is closed.')).toBeVisible();
  await expect(h1(page)).toHaveText('You are safe now');
});

test('Close costs a 20-second wait; home then names the tool with End; Event Viewer brings the warning back', async ({
  page,
}) => {
  await open(page, 'en');
  const tool = start('AnyDesk.exe');
  await expect(h1(page)).toHaveText(words.en.oneTool);
  await page.getByRole('button', { name: words.en.close }).click();
  await expect(page.getByText('You can close this message in 20 seconds.')).toBeVisible();
  await page.clock.runFor(10_000);
  await expect(page.getByText('You can close this message in 10 seconds.')).toBeVisible();
  // The way to safety never waits.
  await expectEndOneClickAway(page, 'en');
  await page.clock.runFor(10_000);
  await page.getByRole('button', { name: words.en.closeNow }).click();
  await expect(h1(page)).toHaveText('Something needs your attention');
  await expect(page.getByRole('heading', { name: 'AnyDesk is running' })).toBeVisible();
  await expectEndOneClickAway(page, 'en');
  await expect(page.getByRole('button', { name: words.en.showAgain })).toBeVisible();

  start('eventvwr.exe');
  await expect(h1(page)).toHaveText(words.en.danger);
  // Danger says why at the top, right under the headline.
  await expect(page.locator('.warning-top')).toContainText('Event Viewer opened');
  await expect(page.locator('.warning-top')).toContainText('second');
  await page.getByRole('button', { name: words.en.end }).click();
  await exited(tool);
  await expect(h1(page)).toHaveText('You are safe now');
});

test('a help session needs the family PIN; then a bar stays, and Event Viewer still warns', async ({
  page,
}) => {
  await open(page, 'en');
  const tool = start('rustdesk.exe');
  await expect(h1(page)).toHaveText('Hold on. RustDesk just started.');
  await page.getByRole('button', { name: words.en.help }).click();
  await expect(page.getByRole('heading', { name: 'Your family can allow this' })).toBeVisible();
  await page.getByLabel(words.en.helpPin).fill('135790');
  await page.getByRole('button', { name: words.en.approve }).click();
  await expect(page.getByRole('alert')).toContainText('That PIN is not right.');
  // Refused: the warning stands, with End one click away.
  await expect(h1(page)).toHaveText('Hold on. RustDesk just started.');
  await expectEndOneClickAway(page, 'en');

  await page.getByLabel(words.en.helpPin).fill(caregiverPin);
  await page.getByRole('button', { name: words.en.approve }).click();
  const bar = page.getByRole('complementary', { name: 'Help session' });
  await expect(bar).toContainText('Someone is connected to your computer.');
  await expect(h1(page)).toHaveText('Someone is connected to your computer');
  await expect(page.locator('body')).not.toContainText(words.en.safe);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: shots('help-session-en'), fullPage: true });
  expect(tool.exitCode).toBeNull();

  start('eventvwr.exe');
  await expect(h1(page)).toHaveText(words.en.danger);
  await expect(page.locator('.warning-top')).toContainText('A helper your family trusts has no reason');
  await expect(bar).toBeVisible();
  await bar.getByRole('button', { name: 'End it now' }).click();
  await exited(tool);
  await expect(bar).toBeHidden();
});

test('the help choice is not offered on a scam-page warning', async ({ page }) => {
  await open(page, 'en');
  start('AnyDesk.exe');
  await expect(page.getByRole('button', { name: words.en.help })).toBeVisible();
  await page.getByRole('button', { name: words.en.end }).click();
  await expect(h1(page)).toHaveText('You are safe now');
  // (browser-lockup.spec.ts shows a scam page's warning; it has no help choice: asserted there.)
});

test('block mode ends the tool and says so on a calm screen that stays until closed', async ({ page }) => {
  await open(page, 'en', { protection: { level: 'block' } });
  const tool = start('AnyDesk.exe');
  await expect(h1(page)).toHaveText(words.en.blocked);
  await exited(tool);
  await expect(page.getByText('If you are on the phone, hang up.')).toBeVisible();
  await page.clock.runFor(10 * 60_000);
  await expect(h1(page)).toHaveText(words.en.blocked);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: shots('blocked-en'), fullPage: true });
  await page.getByRole('button', { name: 'I understand' }).click();
  await expect(h1(page)).toHaveText('You are protected');
});

test('the caregiver marks a warning handled behind the PIN; End stays while the tool runs', async ({
  page,
}) => {
  await open(page, 'en');
  start('AnyDesk.exe');
  await expect(h1(page)).toHaveText(words.en.oneTool);
  await page.getByRole('button', { name: words.en.close }).click();
  await page.clock.runFor(20_000);
  await page.getByRole('button', { name: words.en.closeNow }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Caregiver settings' }).click();
  await page.getByLabel('Caregiver PIN').fill(caregiverPin);
  await page.getByRole('button', { name: 'Continue' }).click();
  const open_ = page.getByRole('region', { name: 'Warnings still open' });
  await expect(open_).toContainText('AnyDesk just started.');
  await open_.getByRole('button', { name: 'Mark as handled' }).click();
  await expect(open_).toBeHidden();
  // Handled is not gone: while AnyDesk runs, every screen still offers End.
  await expectEndOneClickAway(page, 'en');
});

test('a warning clears by itself when its tool is gone; red only while something needs doing', async ({
  page,
}) => {
  await open(page, 'en');
  const tool = start('AnyDesk.exe');
  await expect(h1(page)).toHaveText(words.en.oneTool);
  tool.kill('SIGKILL');
  await expect(h1(page)).toHaveText('You are protected');
});

test('the computer has no voice: "Read this to me" says so plainly; the settings turn reading on', async ({
  page,
}) => {
  await open(page, 'en');
  start('AnyDesk.exe');
  await expect(h1(page)).toHaveText(words.en.oneTool);
  await page.getByRole('button', { name: 'Read this to me' }).click();
  await page.clock.runFor(2000);
  await expect(page.getByText('This computer has no voice to read aloud.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: words.en.end }).click();
  await expect(h1(page)).toHaveText('You are safe now');
  await page.getByRole('button', { name: 'I am done' }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Read every warning aloud as soon as it appears').click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  await expect(page.getByLabel('Read every warning aloud as soon as it appears')).toBeChecked();
});

/** The sizes of real laptops and their display scaling, as CSS pixels and device pixel ratio. */
const sizes = [
  { name: '1280x800', width: 1280, height: 800, scale: 1 },
  { name: '1024x600', width: 1024, height: 600, scale: 1 },
  { name: '1280x720 at 150%', width: 853, height: 480, scale: 1.5 },
  { name: '1440x900 at 175%', width: 823, height: 514, scale: 1.75 },
  { name: '1280x800 at 200%', width: 640, height: 400, scale: 2 },
] as const;

async function pageAt(browser: Browser, size: (typeof sizes)[number]): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    deviceScaleFactor: size.scale,
  });
  return context.newPage();
}

for (const language of ['en', 'es', 'de'] as const) {
  test(`End and Call are within the first 400 CSS px at every laptop size (${language})`, async ({
    browser,
  }) => {
    server = await startPreviewWith({ ...settings, language });
    start('AnyDesk.exe');
    start('eventvwr.exe');
    for (const size of sizes) {
      const page = await pageAt(browser, size);
      await page.goto(server.url);
      await expect(h1(page)).toHaveText(words[language].danger);
      for (const name of [words[language].end, words[language].call]) {
        const box = await page.getByRole('button', { name }).first().boundingBox();
        expect(box, `${name} at ${size.name}`).not.toBeNull();
        expect(box ? box.y + box.height : Infinity, `${name} at ${size.name}`).toBeLessThanOrEqual(400);
      }
      if (size.scale === 2) await page.screenshot({ path: shots(`warning-danger-200pct-${language}`) });
      await page.context().close();
    }
  });
}

/**
 * A scammer's instructions, one after the other, each followed by the same check: the way to
 * safety (End) is one click away, and no screen says "safe" while a remote tool runs.
 */
for (const language of ['en', 'es', 'de'] as const) {
  test(`the scripted scammer cannot talk the warning away (${language})`, async ({ page }) => {
    const w = words[language];
    await open(page, language);
    const steps: [string, () => Promise<void>][] = [
      ['start AnyDesk', async () => void start('AnyDesk.exe')],
      ['click Close', () => page.getByRole('button', { name: w.close, exact: true }).click()],
      [
        'wait out the close and click it',
        async () => {
          await page.clock.runFor(20_000);
          await page.getByRole('button', { name: w.closeNow }).click();
        },
      ],
      ['click Show the warning again', () => page.getByRole('button', { name: w.showAgain }).click()],
      ['click "Someone I know is helping me"', () => page.getByRole('button', { name: w.help }).click()],
      ['click Not sure', () => page.getByRole('button', { name: w.checklist }).click()],
      ['reload', async () => void (await page.reload())],
      ['start AnyDesk again', async () => void start('AnyDesk.exe')],
      [
        'press Escape, then Alt+F4',
        async () => {
          await page.keyboard.press('Escape');
          await page.keyboard.press('Alt+F4');
        },
      ],
    ];
    for (const [instruction, act] of steps) {
      await test.step(instruction, async () => {
        await act();
        await expectEndOneClickAway(page, language);
      });
    }
    await expect(h1(page)).toHaveText(w.oneTool);
    await expectNoAxeViolations(page);
    await expectLargeTextAndTargets(page);
    await expectNoHorizontalScrollAtDoubleZoom(page);
    await page.screenshot({ path: shots(`warning-${language}`), fullPage: true });
    await page.getByRole('button', { name: w.end }).click();
    await Promise.all(tools.map(exited));
    await expect(h1(page)).toHaveText(w.safe);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shots(`confirmation-${language}`), fullPage: true });
  });
}

test('the whole warning works with the keyboard alone', async ({ page }) => {
  await open(page, 'en');
  const tool = start('TeamViewer.exe');
  await expect(h1(page)).toHaveText('Hold on. TeamViewer just started.');
  await expect(h1(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: words.en.end })).toBeFocused();
  // The focus ring is drawn: a 4 px outline.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineWidth);
  expect(outline).toBe('4px');
  await page.keyboard.press('Enter');
  await exited(tool);
  await expect(h1(page)).toHaveText('You are safe now');
  await expect(h1(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'I am done' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('You are protected');
});

test('nothing moves when the computer asks for reduced motion, and nothing times out', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page, 'en');
  start('AnyDesk.exe');
  await expect(h1(page)).toHaveText(words.en.oneTool);
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  await page.clock.fastForward('30:00');
  await expect(h1(page)).toHaveText(words.en.oneTool);
});

test('calling Ann shows her number at once, and the family is told', async ({ page }) => {
  await open(page, 'en');
  start('AnyDesk.exe');
  await expect(page.getByRole('button', { name: 'Call Ann +44 7700 900123' })).toBeVisible();
  await page.getByRole('button', { name: 'Call Ann' }).click();
  await expect(page.getByText('Call Ann on your phone: +44 7700 900123')).toBeVisible();
  await expect(
    page.getByText(
      'Hold On only shows the numbers of your own family. Microsoft never shows a number to call.',
    ),
  ).toBeVisible();
  await expect(
    page.getByText('Do not read out any code or number on the screen. Do not click Accept.'),
  ).toBeVisible();
});

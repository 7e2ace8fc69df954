import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { exited, startRenamed } from '../../fakes/renamed-process';
import {
  expectLargeTextAndTargets,
  expectNoAxeViolations,
  expectNoHorizontalScrollAtDoubleZoom,
} from '../support/accessibility';
import { expect, startPreviewWith, stopPreview, test, type PreviewServer } from '../support/preview';

const shots = (name: string) => join(__dirname, '../../../test-results/screenshots', `${name}.png`);
const settings = {
  country: 'GB',
  contacts: [{ name: 'Ann', relation: 'daughter', phone: '+44 7700 900123' }],
};

let server: PreviewServer | null = null;
const children: ChildProcess[] = [];
test.afterEach(async () => {
  for (const child of children.splice(0)) {
    child.kill('SIGKILL');
    await exited(child);
  }
  if (server) await stopPreview(server);
  server = null;
});

async function interrupt(page: Page, language: string, tool = 'AnyDesk.exe') {
  server = await startPreviewWith({ ...settings, language });
  await page.goto(server.url);
  await expect(page.getByTestId('status')).toBeVisible();
  const child = startRenamed(tool);
  children.push(child);
  return child;
}

test('a remote tool starting brings up the warning; ending the connection really ends it', async ({
  page,
}) => {
  const tool = await interrupt(page, 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hold on. AnyDesk just started.');
  await expect(page.getByText('Someone may be trying to control your computer from far away.')).toBeVisible();
  await expect(page.getByText('If you are on the phone with someone, hang up now.')).toBeVisible();
  await expect(
    page.getByText('Microsoft, Amazon and banks will never call you about your computer.'),
  ).toBeVisible();
  await expect(page.getByText('A real warning never shows a phone number to call.')).toBeVisible();
  await expect(
    page.getByText('If someone on the phone tells you to ignore this message, that person is a scammer.'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expectNoAxeViolations(page);
  await expectLargeTextAndTargets(page);
  await expectNoHorizontalScrollAtDoubleZoom(page);

  await expect(page.getByRole('button', { name: 'Call Ann +44 7700 900123' })).toBeVisible();
  await page.getByRole('button', { name: 'Call Ann' }).click();
  await expect(page.getByText('Call Ann on your phone: +44 7700 900123')).toBeVisible();

  await page.getByRole('button', { name: 'End the remote connection' }).click();
  await exited(tool);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are safe now');
  await expect(
    page.getByText('Hold On ended the remote connection. AnyDesk is closed.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByText('Report Fraud (was Action Fraud)')).toBeVisible();
  await expect(page.getByText('Phone: 0300 123 2040')).toBeVisible();
  await expectNoAxeViolations(page);
  await expectLargeTextAndTargets(page);
  await expectNoHorizontalScrollAtDoubleZoom(page);
  await page.getByRole('button', { name: 'I am done' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are protected');
});

test('the whole warning works with the keyboard alone', async ({ page }) => {
  const tool = await interrupt(page, 'en', 'TeamViewer.exe');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hold on. TeamViewer just started.');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'End the remote connection' })).toBeFocused();
  // The focus ring is drawn: a 4 px outline.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineWidth);
  expect(outline).toBe('4px');
  await page.keyboard.press('Enter');
  await exited(tool);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are safe now');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'I am done' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are protected');
});

test('closing without choosing is allowed, but the status keeps asking for attention', async ({ page }) => {
  await interrupt(page, 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hold on. AnyDesk just started.');
  await page.getByRole('button', { name: 'Close this message' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Something needs your attention');
});

test('asking someone you know for help starts a trusted help session', async ({ page }) => {
  const tool = await interrupt(page, 'en', 'rustdesk.exe');
  await page.getByRole('button', { name: 'I asked someone I know to help me' }).click();
  await expect(
    page.getByText('Your helper can stay connected for one hour.', { exact: false }),
  ).toBeVisible();
  expect(tool.exitCode).toBeNull();
});

test('nothing moves when the computer asks for reduced motion, and nothing times out', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await interrupt(page, 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hold on. AnyDesk just started.');
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  await page.clock.install();
  await page.clock.fastForward('30:00');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hold on. AnyDesk just started.');
});

for (const [language, warning, safe] of [
  ['en', 'Hold on. AnyDesk just started.', 'You are safe now'],
  ['es', 'Espere. AnyDesk se acaba de abrir.', 'Ahora está a salvo'],
  ['de', 'Moment. AnyDesk wurde gerade gestartet.', 'Sie sind jetzt sicher'],
] as const) {
  test(`the warning and the confirmation in ${language}`, async ({ page }) => {
    const tool = await interrupt(page, language);
    await page.screenshot({ path: shots(`home-${language}`), fullPage: true });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(warning);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shots(`interruption-${language}`), fullPage: true });
    await page.getByRole('button').first().click();
    await exited(tool);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(safe);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shots(`confirmation-${language}`), fullPage: true });
  });
}

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expectNoAxeViolations } from '../support/accessibility';
import { caregiverPin, expect, startPreview, stopPreview, test } from '../support/preview';

const shots = (name: string) => join(__dirname, '../../../test-results/screenshots', `${name}.png`);

test('the home screen shows the protection status that the core reports', async ({ page, preview }) => {
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are protected');
  await expect(page.getByTestId('status')).toContainText('Hold On is watching for scams');
  await expect(page.getByRole('button', { name: 'Am I being scammed?' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Settings' })).toBeVisible();
  await page.screenshot({ path: shots('home-en'), fullPage: true });

  // The same core, asked through the CLI against the same database, agrees.
  const cli = execFileSync(
    process.execPath,
    [join(__dirname, '../../../bin/holdon.js'), 'status', '--json'],
    {
      env: { ...process.env, HOLDON_DATA_DIR: preview.dataDir },
    },
  );
  expect(JSON.parse(cli.toString()).state).toBe('protected');
});

test('pausing needs the caregiver PIN, shows a countdown, and protection can be started again', async ({
  page,
  preview,
}) => {
  await page.goto(`${preview.url}#pause`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pause protection');
  await expect(page.getByRole('button', { name: 'Pause for 15 minutes' })).toHaveCount(0);
  await page.getByLabel('Caregiver PIN').fill(caregiverPin);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Pause for 15 minutes' }).click();
  await expect(page.getByRole('status')).toContainText('Protection is paused until');
  await expect(page.getByRole('timer')).toHaveText(/^1[45]:[0-5][0-9]$/);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: shots('pause-countdown-en'), fullPage: true });
  await page.getByRole('button', { name: 'Back to the start' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Protection is paused');
  await page.screenshot({ path: shots('home-paused-en'), fullPage: true });
  await page.getByRole('button', { name: 'Start protection again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are protected');
});

test('choosing a language in settings changes every screen, keyboard only', async ({ page, preview }) => {
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are protected');
  // Tab to Settings and press Enter: no mouse.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await page.getByLabel('Language').selectOption('de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einstellungen');
  await expect(page.getByRole('status')).toHaveText('Gespeichert.');
  await page.screenshot({ path: shots('settings-de'), fullPage: true });
  await page.getByRole('button', { name: 'Zurück zum Anfang' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sie sind geschützt');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.screenshot({ path: shots('home-de'), fullPage: true });
  // Settings live in the core: a reload keeps German.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sie sind geschützt');
});

test('a page without the token cannot reach the core', async ({ page, preview }) => {
  await page.goto(preview.url.replace(/token=.*/, 'token=guess'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Protection is not working fully');
  await expect(page.getByTestId('status')).toContainText('Hold On is not answering');
});

test('the preview host prints one line and stops cleanly on SIGTERM', async () => {
  const server = await startPreview();
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
  expect(await stopPreview(server)).toBe(0);
});

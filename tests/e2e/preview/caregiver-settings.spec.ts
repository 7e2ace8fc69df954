import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectLargeTextAndTargets, expectNoAxeViolations } from '../support/accessibility';
import {
  caregiverPin,
  expect,
  restartPreview,
  startPreview,
  startPreviewWith,
  stopPreview,
  test,
  type PreviewServer,
} from '../support/preview';
import { checkScreen } from '../support/screens';

const shots = (name: string) => join(__dirname, '../../../test-results/screenshots', `${name}.png`);
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** Sends one request straight to the preview host's socket, as any other program on the computer could. */
async function rawInvoke(page: Page, channel: string, payload: unknown): Promise<unknown> {
  return page.evaluate(
    ([channel, payload]) =>
      new Promise((resolve, reject) => {
        const token = new URLSearchParams(location.search).get('token') ?? '';
        const ws = new WebSocket(`ws://${location.host}/ws?token=${encodeURIComponent(token)}`);
        ws.onerror = () => reject(new Error('socket failed'));
        ws.onopen = () => ws.send(JSON.stringify({ id: 99, channel, payload }));
        ws.onmessage = (message) => {
          const data = JSON.parse(String(message.data)) as { id?: number; result?: unknown };
          if (data.id === 99) {
            ws.close();
            resolve(data.result);
          }
        };
      }),
    [channel, payload] as const,
  );
}

let server: PreviewServer | null = null;
test.afterEach(async () => {
  if (server) await stopPreview(server);
  server = null;
});

const settings = {
  country: 'GB',
  contacts: [{ name: 'Ann', relation: 'daughter', phone: '+44 7700 900123', channels: [] }],
  protection: { level: 'block' },
};

test('the caregiver settings refuse changes without the PIN, in the screens and in the core', async ({
  page,
}) => {
  server = await startPreviewWith(settings);
  await page.goto(`${server.url}#caregiver`);
  await expect(h1(page)).toHaveText('Caregiver settings');
  // Nothing but the PIN box until the PIN is right.
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save changes' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: shots('caregiver-locked-en'), fullPage: true });

  // The core refuses too: a request without the PIN, or with a wrong one, changes nothing.
  const without = await rawInvoke(page, 'settings.save', { settings: { protection: { level: 'warn' } } });
  expect(without).toMatchObject({ ok: false, error: { code: 'pin-required' } });
  const wrong = await rawInvoke(page, 'protection.pause', { minutes: 60, pin: '000001' });
  expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong-pin', triesLeft: 4 } });
  const exported = await rawInvoke(page, 'settings.export', {});
  expect(exported).toMatchObject({ ok: false, error: { code: 'pin-required' } });

  await page.getByLabel('Caregiver PIN').fill('000002');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toHaveText('That PIN is not right. 3 tries left before it locks.');
  for (let i = 0; i < 3; i += 1) {
    await page.getByLabel('Caregiver PIN').fill('000003');
    await page.getByRole('button', { name: 'Continue' }).click();
    // A refused PIN is cleared from the box: the answer has come.
    await expect(page.getByLabel('Caregiver PIN')).toHaveValue('');
  }
  await expect(page.getByRole('alert')).toContainText('Too many wrong PINs. Try again after');
  await expect(page.getByRole('alert')).toContainText('Your trusted contacts have been told.');
  // Locked: even the right PIN waits.
  await page.getByLabel('Caregiver PIN').fill(caregiverPin);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('Too many wrong PINs.');
  await page.screenshot({ path: shots('caregiver-pin-locked-en'), fullPage: true });

  // The history says so, and nothing was changed.
  await page.getByRole('button', { name: 'Back to the start' }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'History' }).click();
  await expect(page.getByText('PIN locked after 5 wrong tries')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: shots('history-pin-en'), fullPage: true });
  const level = await rawInvoke(page, 'settings.get', {});
  expect(level).toMatchObject({ ok: true, value: { protection: { level: 'block' } } });
});

for (const [language, title, unlock, save, saved] of [
  ['en', 'Caregiver settings', 'Continue', 'Save changes', 'Saved.'],
  ['es', 'Ajustes del cuidador', 'Continuar', 'Guardar cambios', 'Guardado.'],
  ['de', 'Einstellungen für Betreuer', 'Weiter', 'Änderungen speichern', 'Gespeichert.'],
] as const) {
  test(`with the PIN the caregiver changes the protection level and allowed tools (${language})`, async ({
    page,
  }) => {
    server = await startPreviewWith({ ...settings, language });
    await page.goto(`${server.url}#caregiver`);
    await expect(h1(page)).toHaveText(title);
    await page.locator('input[type=password]').fill(caregiverPin);
    await page.getByRole('button', { name: unlock }).click();
    await expect(page.getByRole('button', { name: save })).toBeVisible();
    await expect(page.locator('input[value=block]')).toBeChecked();
    await page.locator('input[value=warn]').check();
    await page.locator('.tools-picker input[type=search]').fill('anydesk');
    await page.locator('.tools-picker .button-secondary').first().click();
    await page.getByRole('button', { name: save }).click();
    await expect(page.locator('.save-bar [role=status]')).toHaveText(saved);
    await expectNoAxeViolations(page);
    await expectLargeTextAndTargets(page);
    await page.screenshot({ path: shots(`caregiver-settings-${language}`), fullPage: true });
    const stored = await rawInvoke(page, 'settings.get', {});
    expect(stored).toMatchObject({
      ok: true,
      value: {
        protection: { level: 'warn' },
        allowedTools: [{ toolId: 'anydesk', mode: 'trusted-session' }],
      },
    });
  });
}

test('a bad settings file is refused on import with the field named, and a good one loads', async ({
  page,
}) => {
  server = await startPreviewWith(settings);
  await page.goto(`${server.url}#caregiver`);
  await page.getByLabel('Caregiver PIN').fill(caregiverPin);
  await page.getByRole('button', { name: 'Continue' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Load settings from a file' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"protection":{"level":"off"}}'),
  });
  await expect(
    page.getByText(/Nothing was changed: protection\.level: choose one of the values offered\./),
  ).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save settings to a file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^holdon-settings-\d{4}-\d{2}-\d{2}\.json$/);

  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Load settings from a file' }).click();
  await (
    await again
  ).setFiles({
    name: 'mum.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...settings, seniorName: 'Dad', protection: { level: 'alert' } })),
  });
  await expect(page.getByText('Settings loaded from mum.json.')).toBeVisible();
  await expect(page.getByLabel('What the family calls this person')).toHaveValue('Dad');
});

test('quitting needs the PIN, and then really stops Hold On', async ({ page }) => {
  server = await startPreviewWith(settings);
  await page.goto(`${server.url}#quit`);
  await expect(h1(page)).toHaveText('Close Hold On?');
  await expect(
    page.getByText('If someone on the phone asks you to close it, that person is a scammer.', {
      exact: false,
    }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await expectLargeTextAndTargets(page);
  await page.screenshot({ path: shots('quit-en'), fullPage: true });
  await page.getByLabel('Caregiver PIN').fill('000001');
  await page.getByRole('button', { name: 'Close Hold On' }).click();
  await expect(page.getByRole('alert')).toContainText('That PIN is not right.');
  expect(server.process.exitCode).toBeNull();
  const exited = new Promise<number | null>((resolve) => server?.process.once('exit', resolve));
  await page.getByLabel('Caregiver PIN').fill(caregiverPin);
  await page.getByRole('button', { name: 'Close Hold On' }).click();
  await expect(page.getByText('Hold On is closing.', { exact: false })).toBeVisible();
  expect(await exited).toBe(0);
  rmSync(server.dataDir, { recursive: true, force: true });
  server = null;
});

for (const language of ['en', 'es', 'de'] as const) {
  test(`the PIN screens, pause countdown and quit screen in ${language} pass axe`, async ({ page }) => {
    server = await startPreviewWith({ ...settings, language });
    const visit = async (screen: string): Promise<void> => {
      await page.goto(`${server?.url ?? ''}#${screen}`);
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('lang', language);
    };
    await visit('caregiver');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shots(`caregiver-locked-${language}`), fullPage: true });
    await visit('quit');
    await expectNoAxeViolations(page);
    await expectLargeTextAndTargets(page);
    await page.screenshot({ path: shots(`quit-${language}`), fullPage: true });
    await visit('pause');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shots(`pause-locked-${language}`), fullPage: true });
    await page.locator('input[type=password]').fill(caregiverPin);
    await page.locator('form button[type=submit]').click();
    await page.locator('.actions .button-secondary').first().click();
    await expect(page.getByRole('timer')).toHaveText(/^1[45]:[0-5][0-9]$/);
    await expectNoAxeViolations(page);
    await expectLargeTextAndTargets(page);
    await page.screenshot({ path: shots(`pause-countdown-${language}`), fullPage: true });
  });
}

test('a phone code that arrives while the caregiver is typing keeps both the code and the typing', async ({
  page,
}) => {
  // The worst moment, made certain: the code's answer lands, and before the screen is drawn again
  // the caregiver types into the name box (as a slow, busy computer makes happen by chance).
  await page.addInitScript(() => {
    const Native = window.WebSocket;
    class Racing extends Native {
      override set onmessage(handler: ((event: MessageEvent) => void) | null) {
        super.onmessage = (event: MessageEvent) => {
          handler?.(event);
          if (!String(event.data).includes('"qrSvg"')) return;
          let ticks = 20;
          const type = (): void => {
            if ((ticks -= 1) > 0) return void queueMicrotask(type);
            const box = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Name');
            const input = box?.control as HTMLInputElement | null;
            if (!input) return;
            Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(
              input,
              'Ann Smith',
            );
            input.dispatchEvent(new Event('input', { bubbles: true }));
          };
          queueMicrotask(type);
        };
      }
      override get onmessage() {
        return super.onmessage;
      }
    }
    window.WebSocket = Racing;
  });
  server = await startPreviewWith(settings);
  await page.goto(`${server.url}#caregiver`);
  await page.getByLabel('Caregiver PIN').fill(caregiverPin);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: "Connect Ann's phone" }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Ann Smith');
  await expect(page.getByRole('button', { name: 'Stop push messages to this phone' })).toBeVisible();
  await expect(page.getByTestId('push-link')).toContainText('ntfy');
});

test("the screens see push topics, webhook addresses and the Twilio account masked; a phone's code needs the PIN", async ({
  page,
}) => {
  const topic = 'holdon-q3v8k2m7w4x9p5t6r2n8';
  const sid = `AC${'5f'.repeat(16)}`;
  server = await startPreviewWith({
    country: 'GB',
    contacts: [
      {
        name: 'Ann',
        channels: [
          { type: 'ntfy', topic },
          { type: 'webhook', url: 'https://home.example.org/api/webhook/hook-T0kEn', secret: 'w'.repeat(20) },
          { type: 'sms', to: '+447700900123' },
        ],
      },
    ],
    twilio: { accountSid: sid, authToken: 't'.repeat(32), from: '+447700900999' },
  });
  await page.goto(`${server.url}#caregiver`);
  const shown = (await rawInvoke(page, 'settings.get', {})) as { ok: boolean; value: unknown };
  expect(shown.ok).toBe(true);
  const text = JSON.stringify(shown.value);
  for (const secret of [topic, 'hook-T0kEn', '/api/webhook', sid, 'wwww', 'tttt'])
    expect(text).not.toContain(secret);
  const masked = (shown.value as { contacts: { channels: { topic?: string }[] }[] }).contacts[0]?.channels[0]
    ?.topic;
  expect(masked).toMatch(/^•••[0-9a-f]{4}$/);
  // Anything on the computer may ask for a code; for a saved topic only with the PIN.
  expect(await rawInvoke(page, 'push.code', { topic: masked })).toMatchObject({
    ok: false,
    error: { code: 'pin-required' },
  });

  await page.getByLabel('Caregiver PIN').fill(caregiverPin);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(h1(page)).toHaveText('Caregiver settings');
  // Behind the PIN, the phone's code is shown again, so another phone can be added.
  await expect(page.getByTestId('push-link')).toHaveText(`https://ntfy.sh/${topic}`);
  // Ann has other ways than push: they show unfolded.
  await expect(page.getByLabel('Webhook address')).toBeVisible();
  await expect(page.getByLabel('Account SID')).toBeVisible();
  await expect(page.getByLabel('Webhook address')).toHaveValue(
    /^https:\/\/home\.example\.org\/•••[0-9a-f]{4}$/,
  );
  await expect(page.getByLabel('Account SID')).toHaveValue(/^AC•••[0-9a-f]{4}$/);
  const html = await page.content();
  for (const secret of ['hook-T0kEn', sid]) expect(html).not.toContain(secret);
  await checkScreen(page, 'caregiver-masked-en');

  // Saved as shown, every secret stays: the next look shows the same masks.
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  expect(await rawInvoke(page, 'settings.get', {})).toEqual(shown);
});

test('with the key the PIN was kept with gone, the PIN box says so and how to set a new one', async ({
  page,
}) => {
  const first = await startPreview();
  server = await restartPreview(first, () => rmSync(join(first.dataDir, 'secrets.key')));
  await page.goto(`${server.url}#caregiver`);
  await page.getByLabel('Caregiver PIN').fill(caregiverPin);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'This computer can no longer check the PIN: the key it was kept with is gone. A person who can use this computer\'s account can set a new PIN with "holdon pin reset"; your trusted contacts are told.',
  );
  await checkScreen(page, 'caregiver-pin-unreadable-en');
  // The core holds too, and a right PIN is not counted as a wrong one.
  expect(await rawInvoke(page, 'protection.pause', { minutes: 60, pin: caregiverPin })).toMatchObject({
    ok: false,
    error: { code: 'pin-unreadable' },
  });
  expect(await rawInvoke(page, 'setup.status', {})).toMatchObject({
    ok: true,
    value: { pinLockedUntil: null },
  });
});

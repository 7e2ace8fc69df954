import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { startNtfyServer, type NtfyServer } from '../../fakes/ntfy-server';
import { startSmtpServer } from '../../fakes/smtp-test-server';
import { translator } from '../../../shared/i18n/i18n';
import { checkScreen } from '../support/screens';
import { expect, startPreview, stopPreview, test, type PreviewServer } from '../support/preview';

const root = join(__dirname, '../../..');
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
/** Reading speed for the time a caregiver spends reading the screens (words per minute). */
const wordsPerMinute = 200;

let server: PreviewServer | null = null;
let ntfy: NtfyServer | null = null;
test.afterEach(async () => {
  if (server) await stopPreview(server);
  if (ntfy) await ntfy.close();
  server = null;
  ntfy = null;
});

/** What the QR code on the screen says, read from a screenshot of it by a QR decoder. */
async function decodeQr(code: Locator): Promise<string | null> {
  const png = PNG.sync.read(await code.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

async function firstRun(page: Page, env: NodeJS.ProcessEnv): Promise<void> {
  server = await startPreview([], { firstRun: true, env });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(server.url);
}

test('push by scanning a code: the QR code is the topic, "working" only after the phone answers, in at most 12 clicks and 2 minutes of reading', async ({
  page,
}) => {
  ntfy = await startNtfyServer();
  await firstRun(page, { ...process.env, HOLDON_NTFY_SERVER: ntfy.url });
  // What a new caregiver does and reads, counted as they go: every click into a box or on a
  // button, and every line of text the first time it shows (a line read once is not read again).
  const whole = { clicks: 0, words: 0, typed: 0 };
  const push = { clicks: 0, words: 0, typed: 0 };
  let phase: (typeof whole)[] = [whole];
  const seen = new Set<string>();
  const click = async (target: Locator): Promise<void> => {
    for (const p of phase) p.clicks += 1;
    await target.click();
  };
  const fill = async (target: Locator, text: string): Promise<void> => {
    for (const p of phase) {
      p.clicks += 1;
      p.typed += text.length;
    }
    await target.fill(text);
  };
  const read = async (): Promise<void> => {
    for (const line of (await page.locator('main').innerText()).split('\n')) {
      if (seen.has(line.trim())) continue;
      seen.add(line.trim());
      const words = line.split(/\s+/).filter(Boolean).length;
      for (const p of phase) p.words += words;
    }
  };

  await expect(h1(page)).toHaveText('Welcome to Hold On');
  await read();
  await page.getByLabel('Country').selectOption('US');
  whole.clicks += 1;
  await click(page.getByRole('button', { name: 'Next' }));

  await expect(h1(page)).toHaveText('Create the caregiver PIN');
  await read();
  await fill(page.getByLabel('New caregiver PIN'), '482913');
  await fill(page.getByLabel('Type the PIN again'), '482913');
  await click(page.getByRole('button', { name: 'Create the PIN' }));

  await expect(h1(page)).toHaveText('The person Hold On protects');
  await read();
  await fill(page.getByLabel('What the family calls this person'), 'Mum');
  await click(page.getByRole('button', { name: 'Save and continue' }));

  await expect(h1(page)).toHaveText('Trusted contacts');
  phase = [whole, push];
  await read();
  await fill(page.getByLabel('Name', { exact: true }), 'Ann');
  await fill(page.getByLabel('Phone number', { exact: true }), '(415) 555-0182');
  // The code is there without a click: a new unguessable topic on the family's server.
  const qr = page.getByRole('img', { name: "Code to scan with Ann's phone" });
  await expect(qr).toBeVisible();
  await read();
  const link = (await page.getByTestId('push-link').innerText()).trim();
  expect(link).toMatch(new RegExp(`^${ntfy.url.replace(/[.]/g, '\\.')}/holdon-[A-Za-z0-9_-]{20,}$`));
  expect(await decodeQr(qr)).toBe(link);
  const topic = link.slice(ntfy.url.length + 1);
  // Everything for one person fits on one screenful at 1280×800, the test button included.
  const testButton = page.getByRole('button', { name: 'Send a test' });
  const box = await testButton.boundingBox();
  expect(box && box.y + box.height).toBeLessThanOrEqual(800);
  await checkScreen(page, 'family-push-1-code-en');

  await click(testButton);
  const testPush = await ntfy.waitForMessage(topic, (m) =>
    (m.actions ?? []).some((a) => a.label === 'It arrived'),
  );
  expect(testPush.title).toContain('test');
  // Sent, not yet "working": nobody has said it arrived.
  await expect(page.getByText("Ann's phone: test sent. Waiting for Ann to say it arrived…")).toBeVisible();
  // Ann's tap on her phone is a click too.
  for (const p of phase) p.clicks += 1;
  expect((await ntfy.tap(testPush, 'It arrived')).status).toBe(200);
  await expect(page.getByText("Ann's phone: working.")).toBeVisible();
  await read();
  await checkScreen(page, 'family-push-2-working-en');
  await click(page.getByRole('button', { name: 'Save and continue' }));
  phase = [whole];

  await expect(h1(page)).toHaveText('Protection level');
  await read();
  await click(page.getByRole('button', { name: 'Save and continue' }));
  await expect(h1(page)).toHaveText('Tools the family uses');
  await read();
  await click(page.getByRole('button', { name: 'Save and continue' }));

  await expect(h1(page)).toHaveText('All set');
  await expect(page.getByText('It will tell Ann at once, so they can help you.')).toBeVisible();
  await expect(page.getByText("Ann's phone: working.")).toBeVisible();
  await read();
  await checkScreen(page, 'family-push-3-done-en');
  await click(page.getByRole('button', { name: 'Start protecting this computer' }));
  await expect(h1(page)).toHaveText('You are protected');

  const minutes = (effort: typeof whole): number => Number((effort.words / wordsPerMinute).toFixed(2));
  const figures = {
    pushForOneContact: { ...push, readingMinutes: minutes(push) },
    wholeSetup: { ...whole, readingMinutes: minutes(whole) },
    wordsPerMinute,
  };
  mkdirSync(join(root, 'test-results'), { recursive: true });
  writeFileSync(join(root, 'test-results/push-setup-effort.json'), `${JSON.stringify(figures, null, 2)}\n`);
  for (const [what, effort] of [
    ['push for one contact (the contacts step, to "working")', push],
    ['the whole setup, first screen to home', whole],
  ] as const) {
    console.log(
      `${what}: ${effort.clicks} clicks and taps, ${effort.words} words read, ` +
        `${minutes(effort)} min at ${wordsPerMinute} words a minute, ${effort.typed} characters typed`,
    );
  }
  expect(push.clicks).toBeLessThanOrEqual(12);
  expect(minutes(push)).toBeLessThanOrEqual(2);
});

test('Gmail by name with a spaced app password reaches the mail server; "It arrived" makes e-mail working', async ({
  page,
}) => {
  const smtp = await startSmtpServer({ user: 'ann.family@gmail.com', pass: 'abcdefghijklmnop' });
  try {
    await firstRun(page, { ...process.env, HOLDON_TEST_SMTP: `127.0.0.1:${smtp.port}` });
    await page.getByLabel('Country').selectOption('DE');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('New caregiver PIN').fill('482913');
    await page.getByLabel('Type the PIN again').fill('482913');
    await page.getByRole('button', { name: 'Create the PIN' }).click();
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expect(h1(page)).toHaveText('Trusted contacts');
    await page.getByLabel('Name', { exact: true }).fill('Ann');
    // A German mobile number as it is dialled in Germany.
    await page.getByLabel('Phone number', { exact: true }).fill('0151 23456789');
    await page.getByRole('button', { name: 'Stop push messages to this phone' }).click();
    await page.getByText('Add another way to reach Ann').click();
    await page.getByRole('button', { name: 'Add e-mail to Ann' }).click();
    await page.getByLabel('Email address').fill('ann@example.test');

    // Saved without the account the mail is sent from: refused, naming the box next to it.
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expect(page.locator('.field-problem')).toHaveText(
      'Account e-mail address: e-mail alerts need the e-mail account they are sent from: fill it in.',
    );
    await expect(page.locator('input[data-field="email.smtpUrl"]')).toHaveAttribute('aria-invalid', 'true');
    await checkScreen(page, 'family-email-1-refused-en');

    await expect(page.getByLabel('E-mail provider')).toHaveValue('gmail');
    await expect(page.getByText(/myaccount\.google\.com\/apppasswords/)).toBeVisible();
    await page.getByLabel('Account e-mail address').fill('ann.family@gmail.com');
    await page.getByLabel('App password').fill('abcd efgh ijkl mnop');
    const arrived = smtp.next();
    await page.getByRole('button', { name: 'Send test alert to Ann' }).click();
    await expect(page.getByText('Email to ann@example.test: sent.')).toBeVisible();
    const mail = await arrived;
    expect(mail.to).toEqual(['ann@example.test']);
    expect(mail.secure).toBe(true);
    await page.getByRole('button', { name: 'It arrived' }).click();
    await expect(page.locator('.reach-working')).toHaveText('E-mail to ann@example.test: working.');
    await checkScreen(page, 'family-email-2-working-en');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expect(h1(page)).toHaveText('Protection level');
    const settings = await page.evaluate(() => document.body.innerText);
    expect(settings).not.toContain('abcdefghijklmnop');
  } finally {
    await smtp.close();
  }
});

for (const [language, country, countryLabel, contactsTitle, nobody, phoneProblem, done] of [
  [
    'en',
    'US',
    'Country',
    'Trusted contacts',
    'Nobody will be told yet',
    'Phone number: type it with the country code, like +1',
    'All set',
  ],
  [
    'es',
    'ES',
    'País',
    'Contactos de confianza',
    'Todavía no se avisará a nadie',
    'Teléfono: escríbalo con el prefijo del país, como +34 6',
    'Todo listo',
  ],
  [
    'de',
    'DE',
    'Land',
    'Vertrauenspersonen',
    'Noch wird niemand benachrichtigt',
    'Telefonnummer: geben Sie sie mit Ländervorwahl ein, etwa +49 1',
    'Alles bereit',
  ],
] as const) {
  test(`in ${language}: errors next to their box in ${language}, and "All set" says nobody will be told before a test arrived`, async ({
    page,
  }) => {
    ntfy = await startNtfyServer();
    await firstRun(page, { ...process.env, HOLDON_NTFY_SERVER: ntfy.url });
    await page.getByLabel('Language').selectOption(language);
    await page.getByLabel(countryLabel).selectOption(country);
    await page.locator('.actions .button-primary').click();
    await page.locator('input[type=password]').nth(0).fill('731946');
    await page.locator('input[type=password]').nth(1).fill('731946');
    await page.locator('input[type=password]').nth(1).press('Enter');
    await checkScreen(page, `family-person-${language === 'en' ? 'en-errors' : language}`);
    await page.locator('.actions .button-primary').click();
    await expect(h1(page)).toHaveText(contactsTitle);
    await page.locator('input[data-field="contacts[0].name"]').fill('Ana');
    await page.locator('input[data-field="contacts[0].phone"]').fill('12');
    await page.locator('.actions .button-primary').last().click();
    const problem = page.locator('.field-problem');
    await expect(problem).toContainText(phoneProblem);
    await expect(page.locator('input[data-field="contacts[0].phone"]')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    // No English anywhere a person reads.
    if (language !== 'en')
      expect(await page.locator('main').innerText()).not.toMatch(/\b(the|field|invalid|must)\b/i);
    // The English screens of the same steps are the walk-through's (above); these show the errors.
    const tag = language === 'en' ? 'en-errors' : language;
    await checkScreen(page, `family-push-1-code-${tag}`);
    await page.locator('input[data-field="contacts[0].phone"]').fill('');
    // "Press Send again", as a caller would say: after three tests the family's phone is spared,
    // and the screen says so in the person's language.
    const { t } = translator(language);
    const send = page.getByRole('button', { name: t('caregiver.push.test') });
    for (let tries = 0; tries < 4; tries += 1) {
      await send.click();
      await expect(send).toBeEnabled();
    }
    await expect(page.getByText(t('error.rate-limited', { count: 10 }))).toBeVisible();
    await checkScreen(page, `family-test-rate-limited-${language}`);
    for (let step = 0; step < 3; step += 1) {
      // Save and continue, then wait for the next step before the next click.
      const title = await h1(page).innerText();
      await page.locator('.actions .button-primary').last().click();
      await expect(h1(page)).not.toHaveText(title);
    }
    await expect(h1(page)).toHaveText(done);
    await expect(page.getByText(nobody)).toBeVisible();
    await checkScreen(page, `family-push-3-done-${tag}`);
  });
}

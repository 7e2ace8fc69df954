import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startSmtpServer } from '../../fakes/smtp-test-server';
import { expectNoHorizontalScrollAtDoubleZoom } from '../support/accessibility';
import { checkScreen } from '../support/screens';
import { expect, startPreview, stopPreview, test, type PreviewServer } from '../support/preview';

const root = join(__dirname, '../../..');
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

let server: PreviewServer | null = null;
test.afterEach(async () => {
  if (server) await stopPreview(server);
  server = null;
});

test('a new caregiver sets up Hold On from start to finish, with a real test e-mail through Gmail', async ({
  page,
}) => {
  const smtp = await startSmtpServer({ user: 'ann.family@gmail.com', pass: 'abcdefghijklmnop' });
  try {
    // Every e-mail goes to the local server, whatever provider the screens chose (tests only).
    server = await startPreview([], {
      firstRun: true,
      env: { ...process.env, HOLDON_TEST_SMTP: `127.0.0.1:${smtp.port}` },
    });
    await page.goto(server.url);

    // 1. Language and country.
    await expect(h1(page)).toHaveText('Welcome to Hold On');
    await expect(page.getByText('Step 1 of 7')).toBeVisible();
    await page.getByLabel('Language').selectOption('en');
    await page.getByLabel('Country').selectOption('GB');
    await checkScreen(page, 'setup-1-language-en');
    await page.getByRole('button', { name: 'Next' }).click();

    // 2. The PIN: too easy and mismatched PINs are refused before anything is stored.
    await expect(h1(page)).toHaveText('Create the caregiver PIN');
    await page.getByLabel('New caregiver PIN').fill('123456');
    await page.getByLabel('Type the PIN again').fill('123456');
    await page.getByRole('button', { name: 'Create the PIN' }).click();
    await expect(page.getByRole('alert')).toHaveText('That PIN is too easy to guess. Choose another.');
    await page.getByLabel('New caregiver PIN').fill('482913');
    await page.getByLabel('Type the PIN again').fill('482914');
    await page.getByRole('button', { name: 'Create the PIN' }).click();
    await expect(page.getByRole('alert')).toHaveText('The two PINs are not the same.');
    await page.getByLabel('Type the PIN again').fill('482913');
    await checkScreen(page, 'setup-2-pin-en');
    await page.getByRole('button', { name: 'Create the PIN' }).click();

    // 3. The person and this computer; a UK number as it is dialled in the UK.
    await expect(h1(page)).toHaveText('The person Hold On protects');
    await page.getByLabel('What the family calls this person').fill('Mum');
    await page.getByLabel("This person's phone number").fill('07700 900456');
    await checkScreen(page, 'setup-3-person-en');
    await page.getByRole('button', { name: 'Save and continue' }).click();

    // 4. A trusted contact reached by e-mail, and a test e-mail that really arrives.
    await expect(h1(page)).toHaveText('Trusted contacts');
    await page.getByLabel('Name', { exact: true }).fill('Ann');
    await page.getByLabel('Phone number', { exact: true }).fill('07700 900123');
    await page.getByRole('button', { name: 'Stop push messages to this phone' }).click();
    await page.getByText('More choices for Ann').click();
    await page.getByLabel('Relation').fill('daughter');
    await page.getByText('Add another way to reach Ann').click();
    await page.getByRole('button', { name: 'Add e-mail to Ann' }).click();
    await page.getByLabel('Email address').fill('ann@example.test');
    await page.getByLabel('Account e-mail address').fill('ann.family@gmail.com');
    await page.getByLabel('App password').fill('abcd efgh ijkl mnop');
    const arrived = smtp.next();
    await page.getByRole('button', { name: 'Send test alert to Ann' }).click();
    await expect(page.getByText('Email to ann@example.test: sent.')).toBeVisible();
    expect((await arrived).to).toEqual(['ann@example.test']);
    // The password came back from the core as •••, never in clear.
    await expect(page.getByLabel('App password')).toHaveValue('•••');
    await page.getByRole('button', { name: 'It arrived' }).click();
    await expect(page.locator('.reach-working')).toHaveText('E-mail to ann@example.test: working.');
    await checkScreen(page, 'setup-4-contacts-en');
    await page.getByRole('button', { name: 'Save and continue' }).click();

    // 5. Protection level.
    await expect(h1(page)).toHaveText('Protection level');
    await expect(page.getByRole('radio', { name: /Warn and alert the family/ })).toBeChecked();
    await page.getByRole('radio', { name: /Block unknown remote tools/ }).check();
    await checkScreen(page, 'setup-5-level-en');
    await page.getByRole('button', { name: 'Save and continue' }).click();

    // 6. The family's own remote tool, only during trusted help sessions.
    await expect(h1(page)).toHaveText('Tools the family uses');
    await page.getByLabel('Find a tool by name').fill('teamv');
    await page.getByRole('button', { name: 'Allow TeamViewer' }).click();
    await expect(page.getByLabel('When is TeamViewer allowed?')).toHaveValue('trusted-session');
    await checkScreen(page, 'setup-6-tools-en');
    await page.getByRole('button', { name: 'Save and continue' }).click();

    // 7. What Hold On will do, for the person it protects, and what works, for the family.
    await expect(h1(page)).toHaveText('All set');
    await expect(page.getByText('It will tell Ann at once, so they can help you.')).toBeVisible();
    await expect(page.getByText('E-mail to ann@example.test: working.')).toBeVisible();
    await checkScreen(page, 'setup-7-done-en');
    await expectNoHorizontalScrollAtDoubleZoom(page);
    await page.getByRole('button', { name: 'Start protecting this computer' }).click();
    await expect(h1(page)).toHaveText('You are protected');

    // A reload stays set up; the settings are what the caregiver chose, secret included.
    await page.reload();
    await expect(h1(page)).toHaveText('You are protected');
    const exported = JSON.parse(
      execFileSync(process.execPath, [join(root, 'bin/holdon.js'), 'settings', 'export'], {
        env: { ...process.env, HOLDON_DATA_DIR: server.dataDir },
      }).toString(),
    );
    expect(exported).toMatchObject({
      language: 'en',
      country: 'GB',
      seniorName: 'Mum',
      seniorPhone: '+447700900456',
      protection: { level: 'block' },
      allowedTools: [{ toolId: 'teamviewer', mode: 'trusted-session' }],
      contacts: [
        {
          name: 'Ann',
          relation: 'daughter',
          phone: '+447700900123',
          channels: [{ type: 'email', to: 'ann@example.test' }],
        },
      ],
      email: {
        smtpUrl: 'smtp://ann.family%40gmail.com:abcdefghijklmnop@smtp.gmail.com:587/?requireTLS=true',
        from: 'Hold On <ann.family@gmail.com>',
      },
    });
  } finally {
    await smtp.close();
  }
});

for (const [
  language,
  welcome,
  pinTitle,
  personTitle,
  contactsTitle,
  nameProblem,
  levelTitle,
  toolsTitle,
  done,
  home,
] of [
  [
    'es',
    'Bienvenido a Hold On',
    'Crear el PIN del cuidador',
    'La persona a la que protege Hold On',
    'Contactos de confianza',
    'Nombre: rellénelo.',
    'Nivel de protección',
    'Programas que usa la familia',
    'Todo listo',
    'Está protegido',
  ],
  [
    'de',
    'Willkommen bei Hold On',
    'Betreuer-PIN anlegen',
    'Die Person, die Hold On schützt',
    'Vertrauenspersonen',
    'Name: bitte ausfüllen.',
    'Schutzstufe',
    'Programme der Familie',
    'Alles bereit',
    'Sie sind geschützt',
  ],
] as const) {
  test(`the setup in ${language}, keyboard and screen reader labels included`, async ({ page }) => {
    server = await startPreview([], { firstRun: true });
    await page.goto(server.url);
    await page.getByLabel('Language').selectOption(language);
    await expect(h1(page)).toHaveText(welcome);
    await checkScreen(page, `setup-1-language-${language}`);
    await page.getByRole('button').last().click();
    await expect(h1(page)).toHaveText(pinTitle);
    const [pin, again] = [
      page.locator('input[type=password]').nth(0),
      page.locator('input[type=password]').nth(1),
    ];
    await pin.fill('731946');
    await again.fill('731946');
    await checkScreen(page, `setup-2-pin-${language}`);
    await again.press('Enter');
    await expect(h1(page)).toHaveText(personTitle);
    await checkScreen(page, `setup-3-person-${language}`);
    await page.locator('.actions .button-primary').last().click();
    await expect(h1(page)).toHaveText(contactsTitle);
    await expect(page.locator('img.push-qr')).toBeVisible();
    await checkScreen(page, `setup-4-contacts-${language}`);
    // A contact without a name is refused, and the message next to the box names it.
    await page.locator('.actions .button-primary').last().click();
    await expect(page.locator('.field-problem')).toHaveText(nameProblem);
    await expect(page.locator('input[data-field="contacts[0].name"]')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await page.locator('input[data-field="contacts[0].name"]').fill('Ana');
    await page.locator('.actions .button-primary').last().click();
    await expect(h1(page)).toHaveText(levelTitle);
    await checkScreen(page, `setup-5-level-${language}`);
    await page.locator('.actions .button-primary').click();
    await expect(h1(page)).toHaveText(toolsTitle);
    await checkScreen(page, `setup-6-tools-${language}`);
    await page.locator('.actions .button-primary').click();
    await expect(h1(page)).toHaveText(done);
    await checkScreen(page, `setup-7-done-${language}`);
    await page.locator('.actions .button-primary').click();
    await expect(h1(page)).toHaveText(home);
  });
}

test('a setup left half-way asks for the PIN made before, and never shows home until done', async ({
  page,
}) => {
  server = await startPreview([], { firstRun: true });
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('New caregiver PIN').fill('582046');
  await page.getByLabel('Type the PIN again').fill('582046');
  await page.getByRole('button', { name: 'Create the PIN' }).click();
  await expect(h1(page)).toHaveText('The person Hold On protects');
  await page.goto(`${server.url}#home`);
  await page.reload();
  await expect(h1(page)).toHaveText('Welcome to Hold On');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Caregiver PIN').fill('111112');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('alert')).toHaveText('That PIN is not right. 4 tries left before it locks.');
  await page.getByLabel('Caregiver PIN').fill('582046');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(h1(page)).toHaveText('The person Hold On protects');
});

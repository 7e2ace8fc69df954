import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { exited, startRenamed } from '../../fakes/renamed-process';
import { startSmtpServer } from '../../fakes/smtp-test-server';
import {
  expectLargeTextAndTargets,
  expectNoAxeViolations,
  expectNoHorizontalScrollAtDoubleZoom,
} from '../support/accessibility';
import { expect, startPreviewWith, stopPreview, test, type PreviewServer } from '../support/preview';
import { checkScreen } from '../support/screens';

const shots = (name: string) => join(__dirname, '../../../test-results/screenshots', `${name}.png`);
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

let server: PreviewServer | null = null;
const cleanups: (() => Promise<unknown>)[] = [];
test.afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  if (server) await stopPreview(server);
  server = null;
});

/**
 * Other tests on this machine start renamed remote tools; here they must not bring up the warning
 * over the checklist, so the tools those tests use are on the family's allowed list (a notice only).
 */
const othersTools = ['anydesk', 'teamviewer', 'rustdesk', 'ultraviewer', 'quick-assist', 'screenconnect'];
const quiet = { allowedTools: othersTools.map((toolId) => ({ toolId })) };

async function open(
  page: Page,
  settings: Readonly<Record<string, unknown>>,
  hash = '#checklist',
  options: { readonly watchTools?: boolean } = {},
) {
  server = await startPreviewWith(options.watchTools ? settings : { ...quiet, ...settings });
  await page.goto(`${server.url}${hash}`);
}

const words = {
  en: {
    start: 'Answer the questions',
    yes: 'Yes',
    no: 'No',
    unsure: 'Not sure',
    goOn: 'Go on',
    title: 'Am I being scammed?',
    scam: 'This is a scam',
    firstQuestion: 'Is someone on the phone with you right now about this?',
    progress: 'Question 1 of 12',
    hangUp: 'Hang up now',
  },
  es: {
    start: 'Contestar las preguntas',
    yes: 'Sí',
    no: 'No',
    unsure: 'No estoy seguro',
    goOn: 'Seguir',
    title: '¿Me están estafando?',
    scam: 'Esto es una estafa',
    firstQuestion: '¿Está alguien al teléfono con usted ahora mismo por esto?',
    progress: 'Pregunta 1 de 12',
    hangUp: 'Cuelgue ahora',
  },
  de: {
    start: 'Fragen beantworten',
    yes: 'Ja',
    no: 'Nein',
    unsure: 'Weiß nicht',
    goOn: 'Weiter',
    title: 'Werde ich betrogen?',
    scam: 'Das ist Betrug',
    firstQuestion: 'Telefoniert gerade jemand deswegen mit Ihnen?',
    progress: 'Frage 1 von 12',
    hangUp: 'Legen Sie jetzt auf',
  },
} as const;
type Words = (typeof words)[keyof typeof words];

async function choose(page: Page, label: string) {
  const heading = await h1(page).textContent();
  await page.getByRole('button', { name: label, exact: true }).click();
  await expect(h1(page)).not.toHaveText(heading ?? '');
}

/**
 * A real refund-scam story: "Microsoft" called out of the blue, had her install AnyDesk, asked her
 * to log in to her bank, the screen went black, then "we sent you too much, pay it back in gift
 * cards", with threats. She is still on the phone.
 */
async function answerScamStory(page: Page, w: Words, shoot?: string) {
  await page.getByRole('button', { name: w.start }).click();
  await expect(h1(page)).toHaveText(w.firstQuestion);
  await expect(page.getByText(w.progress, { exact: true })).toBeVisible();
  if (shoot) await page.screenshot({ path: shots(`checklist-question-${shoot}`), fullPage: true });
  await choose(page, w.yes); // on the phone now
  await expect(h1(page)).toHaveText(w.hangUp);
  if (shoot) await page.screenshot({ path: shots(`checklist-hang-up-${shoot}`), fullPage: true });
  await choose(page, w.goOn);
  for (const label of [
    w.yes, // out of the blue
    w.no, // pop-up with a number
    w.yes, // install a program
    w.yes, // bank while they watch
    w.yes, // screen went black
    w.yes, // refund too much
    w.yes, // gift cards
    w.unsure, // secret
    w.yes, // threats
    w.no, // knew details
  ])
    await choose(page, label);
  await page.getByRole('button', { name: w.no, exact: true }).click(); // paid or shared: last question
  await expect(h1(page)).toHaveText(w.scam);
}

test('a scam story ends at "This is a scam" with the right next steps, in order, and can be sent to Ann', async ({
  page,
}) => {
  const smtp = await startSmtpServer();
  cleanups.push(smtp.close);
  await open(page, {
    language: 'en',
    country: 'GB',
    seniorName: 'Mum',
    contacts: [{ name: 'Ann', channels: [{ type: 'email', to: 'ann@example.test' }] }],
    email: { smtpUrl: smtp.url(), from: 'Hold On <holdon@example.test>' },
  });
  await expect(h1(page)).toHaveText('Am I being scammed?');
  await expectNoAxeViolations(page);
  await answerScamStory(page, words.en);

  await expect(page.getByTestId('next-steps').locator(':scope > li')).toHaveText([
    'Hang up the phone. Do not call them back.',
    'Do not pay them. Do not buy gift cards. Do not give them any codes or passwords.',
    /^Cut them off from your computer\./,
    'Call your bank now. Use the number on the back of your card.',
    /^Change your passwords/,
    /^Report it\. It helps stop them\.Report Fraud \(was Action Fraud\)/,
    'Tell someone you trust what happened. Anyone can be tricked.',
  ]);
  await expect(page.getByText('Phone: 0300 123 2040')).toBeVisible();
  await expect(
    page.getByText(
      'They asked for gift cards, crypto, a wire transfer, cash or gold. Only scammers ask for this.',
    ),
  ).toBeVisible();
  await expect(
    page.getByText(
      'You were not sure about this: Did they tell you to keep it a secret from your family or your bank?',
    ),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await expectLargeTextAndTargets(page);
  await expectNoHorizontalScrollAtDoubleZoom(page);

  const arrived = smtp.next();
  await page.getByRole('button', { name: 'Send this to Ann' }).click();
  await expect(page.getByRole('status')).toHaveText(/^(Hold On is sending this to Ann\.|Sent to Ann\.)$/);
  const mail = await arrived;
  await expect(page.getByRole('status')).toHaveText('Sent to Ann.');
  expect(mail.to).toEqual(['ann@example.test']);
  expect(mail.raw.replace(/=\r?\n/g, '')).toContain('Please call Mum soon.');

  // Back is always there: back to the last question, with the answer given still marked.
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(h1(page)).toHaveText('Did you pay them, or tell them your bank or card details?');
  await expect(page.getByRole('button', { name: 'No', exact: true })).toHaveAttribute('aria-pressed', 'true');
});

test('when a message cannot be delivered, the screen says so and asks to call instead', async ({ page }) => {
  const smtp = await startSmtpServer({ refuse: /^ann@/ });
  cleanups.push(smtp.close);
  await open(page, {
    language: 'en',
    contacts: [{ name: 'Ann', channels: [{ type: 'email', to: 'ann@example.test' }] }],
    email: { smtpUrl: smtp.url(), from: 'Hold On <holdon@example.test>' },
  });
  await page.getByRole('button', { name: 'Answer the questions' }).click();
  while ((await h1(page).textContent()) !== 'This is a scam') {
    await choose(page, (await h1(page).textContent()) === 'Hang up now' ? 'Go on' : 'Yes');
  }
  await page.getByRole('button', { name: 'Send this to Ann' }).click();
  await expect(page.getByRole('status')).toHaveText('Hold On could not send this. Please call Ann instead.');
});

test('a harmless story ends at "does not look like the usual scams", keyboard only', async ({ page }) => {
  await open(page, { language: 'en', country: 'US' }, '');
  await expect(h1(page)).toHaveText('You are protected');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Am I being scammed?' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Am I being scammed?');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Answer the questions' })).toBeFocused();
  await page.keyboard.press('Enter');
  // Her grandson rang about Sunday lunch: every answer is No. Once she says nobody asked her to
  // install anything (question 4), the two questions about a connection drop out: 10, not 12.
  for (let n = 1; n <= 10; n += 1) {
    await expect(page.getByText(`Question ${n} of ${n <= 4 ? 12 : 10}`, { exact: true })).toBeVisible();
    await expect(h1(page)).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'No', exact: true })).toBeFocused();
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineWidth,
    );
    expect(outline).toBe('4px');
    await page.keyboard.press('Enter');
  }
  await expect(h1(page)).toHaveText('This does not look like the usual scams');
  await expect(h1(page)).toBeFocused();
  await expect(page.getByTestId('next-steps').locator(':scope > li')).toHaveText([
    'Check for yourself. Call the company on a number you know, not one they gave you.',
    'Tell someone you trust what happened. Anyone can be tricked.',
  ]);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: shots('checklist-verdict-safe-en'), fullPage: true });
});

test('one warning sign alone says "Be careful"', async ({ page }) => {
  await open(page, { language: 'en' });
  await page.getByRole('button', { name: 'Answer the questions' }).click();
  await choose(page, 'No'); // not on the phone
  await choose(page, 'Yes'); // out of the blue
  for (let n = 3; n < 10; n += 1) await choose(page, 'No');
  await page.getByRole('button', { name: 'No', exact: true }).click();
  await expect(h1(page)).toHaveText('Be careful');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: shots('checklist-verdict-careful-en'), fullPage: true });
});

for (const language of ['en', 'es', 'de'] as const) {
  test(`the checklist screens in ${language}`, async ({ page }) => {
    const w = words[language];
    await open(page, {
      language,
      country: language === 'en' ? 'US' : language === 'es' ? 'ES' : 'DE',
      contacts: [{ name: 'Ann', channels: [{ type: 'email', to: 'ann@example.test' }] }],
      // Nothing is sent in this test; the account only has to be complete.
      email: { smtpUrl: 'smtp://holdon:secret@127.0.0.1:9/?requireTLS=true', from: 'holdon@example.test' },
    });
    await expect(h1(page)).toHaveText(w.title);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await page.screenshot({ path: shots(`checklist-intro-${language}`), fullPage: true });
    await answerScamStory(page, words[language], language);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shots(`checklist-verdict-scam-${language}`), fullPage: true });
  });
}

const messages = {
  en: {
    scam: 'MICROSOFT SUPPORT: Your computer is blocked. Call +1-833-864-4143 now. Install AnyDesk so our technician can fix it, then pay the fee with Google Play gift cards. Do not tell your bank. Visit micros0ft-support.com',
    label: 'What they said or sent you',
    check: 'Check this message',
    another: 'Check another message',
    title: 'Check a message',
  },
  es: {
    scam: 'Su ordenador está bloqueado. Llame ahora al 900 123 456. Compre tarjetas regalo de Google Play y léame los códigos. No se lo diga a nadie de su familia.',
    label: 'Lo que le dijeron o le enviaron',
    check: 'Revisar este mensaje',
    another: 'Revisar otro mensaje',
    title: 'Revisar un mensaje',
  },
  de: {
    scam: 'Ihr Konto wird gesperrt. Installieren Sie TeamViewer. Kaufen Sie Google-Play-Karten und nennen Sie uns die Codes. Sagen Sie niemandem davon.',
    label: 'Was man Ihnen gesagt oder geschickt hat',
    check: 'Diese Nachricht prüfen',
    another: 'Eine andere Nachricht prüfen',
    title: 'Eine Nachricht prüfen',
  },
} as const;

test('the message checker explains each red flag of a scam text, and finds none in a harmless one', async ({
  page,
}) => {
  await open(page, { language: 'en' });
  await page.getByRole('button', { name: 'Check a message they sent' }).click();
  await expect(h1(page)).toHaveText('Check a message');
  await page.getByRole('button', { name: 'Check this message' }).click();
  await expect(page.getByRole('alert')).toHaveText('Please paste or type the message first.');
  await page.getByLabel('What they said or sent you').fill(messages.en.scam);
  await page.getByRole('button', { name: 'Check this message' }).click();
  await expect(h1(page)).toHaveText('This is a scam');
  for (const line of [
    'It asks for gift cards. Only scammers ask to be paid with gift cards.',
    'It names AnyDesk. This program lets someone control your computer from far away.',
    'The link micros0ft-support.com looks like Microsoft, but it is not their real website.',
    'It tells you to keep it a secret. Scammers say this so no one can warn you.',
    'It says your computer, an account or a card is blocked. Scammers say this to scare you into acting fast.',
  ])
    await expect(page.getByText(line, { exact: true })).toBeVisible();
  await expect(page.getByTestId('next-steps').locator(':scope > li')).toHaveText([
    'Do not pay them. Do not buy gift cards. Do not give them any codes or passwords.',
    /^Report it\. It helps stop them\./,
    'Tell someone you trust what happened. Anyone can be tricked.',
  ]);
  await expectNoAxeViolations(page);
  await expectLargeTextAndTargets(page);

  await page.getByRole('button', { name: 'Check another message' }).click();
  await page
    .getByLabel('What they said or sent you')
    .fill('Hi Mum, are we still on for lunch on Sunday? Love, Sarah');
  await page.getByRole('button', { name: 'Check this message' }).click();
  await expect(h1(page)).toHaveText('This does not look like the usual scams');
  await expect(
    page.getByText('Hold On found none of the usual signs of a scam in this message.'),
  ).toBeVisible();
  await expect(page.getByText(/^Still not sure\? Do not click links/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: shots('message-result-harmless-en'), fullPage: true });
});

for (const language of ['en', 'es', 'de'] as const) {
  test(`the message checker in ${language}`, async ({ page }) => {
    const m = messages[language];
    await open(page, { language }, '#message');
    await expect(h1(page)).toHaveText(m.title);
    await page.getByLabel(m.label).fill(m.scam);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shots(`message-${language}`), fullPage: true });
    await page.getByRole('button', { name: m.check }).click();
    await expect(h1(page)).toHaveText(words[language].scam);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shots(`message-result-scam-${language}`), fullPage: true });
  });
}

const callScripts = {
  en: {
    text: 'Hello, this call is from Microsoft Help Center. We found a serious problem on your computer. Press 1 to speak to a technician.',
    flag: 'The caller says which company or bank they are from. Real companies do not ring you about a problem you did not report.',
    parcel:
      'Your parcel could not be delivered. Pay the redelivery fee of 1.99 GBP here: https://royal-mail-redelivery.top/pay',
    parcelFlag:
      'It says a parcel is held, could not be delivered or needs a fee. This is a common trick to get your card details.',
    toll: 'You have an unpaid toll of 4.20 GBP. Pay today to avoid a penalty: https://tolls-uk.top/pay',
    tollFlag:
      'It asks you to pay a fine, a toll or a debt, or to claim money back. Real offices send a letter.',
    expiry:
      'Your online banking access expires today. Renew it now to avoid your account being suspended: https://secure-bank-renew.top/login',
    expiryFlag:
      'It says your access, password or subscription runs out soon, or that a bill is overdue. Scammers rush you this way. Check it in your own account, not through the message.',
    security:
      'From today you can no longer use your card. Activate the new security system here: https://bank-security-update.top/activate',
    securityFlag:
      'It says you must activate or update something new, such as a “new security system”, to keep using your account, card or service. Banks and agencies do not ask this in a message.',
  },
  es: {
    text: 'Hola, esta llamada es del Centro de Ayuda de Microsoft. Hemos detectado un problema grave en su ordenador. Pulse 1 para hablar con un técnico.',
    flag: 'Quien llama dice de qué empresa o banco es. Las empresas de verdad no le llaman por un problema que usted no ha comunicado.',
    parcel:
      'Su paquete no ha podido ser entregado. Pague las tasas de aduana aquí: https://correos-envio.top/pago',
    parcelFlag:
      'Dice que un paquete está retenido, no se pudo entregar o hay que pagar algo. Es un truco muy común para conseguir los datos de su tarjeta.',
    toll: 'DGT: tiene una multa pendiente de 45 euros. Pague hoy aquí: https://dgt-multas.top/pago',
    tollFlag:
      'Le pide pagar una multa, un peaje o una deuda, o cobrar una devolución. Las oficinas de verdad envían una carta.',
    expiry:
      'Su acceso a la banca online caduca hoy. Renuévelo ahora para evitar que su cuenta sea suspendida: https://banca-renovar.top/acceso',
    expiryFlag:
      'Dice que su acceso, su contraseña o su suscripción caduca pronto, o que una factura está vencida. Así le meten prisa los estafadores. Compruébelo en su propia cuenta, no desde el mensaje.',
    security:
      'A partir de hoy no podrá utilizar su tarjeta. Active el nuevo sistema de seguridad aquí: https://banca-seguridad.top/activar',
    securityFlag:
      'Dice que tiene que activar o actualizar algo nuevo, como un «nuevo sistema de seguridad», para seguir usando su cuenta, su tarjeta o un servicio. Los bancos y organismos no piden esto en un mensaje.',
  },
  de: {
    text: 'Hallo, dieser Anruf kommt vom Microsoft Help Center. Wir haben ein ernstes Problem auf Ihrem Computer festgestellt. Drücken Sie die 1, um mit einem Techniker zu sprechen.',
    flag: 'Der Anrufer sagt, von welcher Firma oder Bank er ist. Echte Firmen rufen nicht wegen eines Problems an, das Sie nicht gemeldet haben.',
    parcel:
      'Ihr Paket konnte nicht zugestellt werden. Zahlen Sie die Zollgebühr hier: https://dhl-zustellung.top/zahlung',
    parcelFlag:
      'Es sagt, ein Paket wird festgehalten, konnte nicht zugestellt werden oder kostet eine Gebühr. Das ist ein häufiger Trick, um an Ihre Kartendaten zu kommen.',
    toll: 'Sie haben eine offene Mautgebühr von 12,50 Euro. Zahlen Sie heute hier: https://maut-zahlung.top/zahlen',
    tollFlag:
      'Sie will, dass Sie ein Bußgeld, eine Maut oder eine Schuld bezahlen oder Geld zurückholen. Echte Ämter schicken einen Brief.',
    expiry:
      'Ihr Online-Banking-Zugang läuft heute ab. Jetzt erneuern unter https://zugang-erneuern.top/login',
    expiryFlag:
      'Sie sagt, Ihr Zugang, Ihr Passwort oder Ihr Abo läuft bald ab oder eine Rechnung ist überfällig. So wollen Betrüger Sie hetzen. Prüfen Sie es in Ihrem eigenen Konto, nicht über die Nachricht.',
    security:
      'Ab heute können Sie Ihre Karte nicht mehr nutzen. Aktivieren Sie jetzt das neue Sicherheitssystem: https://karte-sicherheit.top/aktivieren',
    securityFlag:
      'Sie sagt, Sie müssten etwas Neues aktivieren oder aktualisieren, etwa ein „neues Sicherheitssystem“, um Ihr Konto, Ihre Karte oder einen Dienst weiter zu nutzen. Banken und Behörden verlangen das nicht per Nachricht.',
  },
} as const;

for (const language of ['en', 'es', 'de'] as const) {
  test(`a caller who names a company, a parcel held or not delivered, a toll to pay, access that runs out and a new security system to activate are red flags, in ${language}`, async ({
    page,
  }) => {
    const m = messages[language];
    const script = callScripts[language];
    /** Checks a text: "This is a scam" with this red flag, photographed; then back to the form. */
    const scamWithFlag = async (text: string, flag: string, shot: string) => {
      await page.getByLabel(m.label).fill(text);
      await page.getByRole('button', { name: m.check }).click();
      await expect(h1(page)).toHaveText(words[language].scam);
      await expect(page.getByText(flag, { exact: true })).toBeVisible();
      await checkScreen(page, `message-result-${shot}-${language}`);
      await page.getByRole('button', { name: m.another }).click();
    };
    await open(page, { language }, '#message');
    await scamWithFlag(script.text, script.flag, 'call');
    // A parcel text: held, not delivered or a fee to pay, said as such.
    await scamWithFlag(script.parcel, script.parcelFlag, 'parcel');
    // A toll or fine to pay, said as such.
    await scamWithFlag(script.toll, script.tollFlag, 'toll');
    // Online-banking access that "runs out today" unless renewed through the link.
    await scamWithFlag(script.expiry, script.expiryFlag, 'expiry');
    // A "new security system" to activate, or the card stops working.
    await scamWithFlag(script.security, script.securityFlag, 'security-update');
  });
}

test('the warning screen offers the checklist after the safe choices', async ({ page }) => {
  await open(page, { language: 'en' }, '', { watchTools: true });
  await expect(page.getByTestId('status')).toBeVisible();
  const tool: ChildProcess = startRenamed('AnyDesk.exe');
  cleanups.push(async () => {
    tool.kill('SIGKILL');
    await exited(tool);
  });
  await expect(h1(page)).toHaveText('Hold on. AnyDesk just started.');
  const buttons = await page.getByRole('button').allTextContents();
  expect(buttons.indexOf('Not sure? Answer a few questions')).toBeGreaterThan(
    buttons.indexOf('End the remote connection'),
  );
  await page.getByRole('button', { name: 'Not sure? Answer a few questions' }).click();
  await expect(h1(page)).toHaveText('Am I being scammed?');
  // The warning stays open for the family: the status still asks for attention.
  await page.getByRole('button', { name: 'Back to the start' }).click();
  await expect(h1(page)).toHaveText('Something needs your attention');
});

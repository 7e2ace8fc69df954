import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { exited, startRenamed } from '../../fakes/renamed-process';
import { startSmtpServer } from '../../fakes/smtp-test-server';
import { expectLargeTextAndTargets, expectNoAxeViolations } from '../support/accessibility';
import { translator } from '../../../shared/i18n/i18n';
import { expect, startPreviewWith, stopPreview, test, type PreviewServer } from '../support/preview';

const shots = (name: string) => join(__dirname, '../../../test-results/screenshots', `${name}.png`);
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

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

for (const [language, warning, end, historyTitle, sent, refused, alertsFilter] of [
  [
    'en',
    'Hold on. AnyDesk just started.',
    'End the remote connection',
    'History',
    'Alert to Ann (email ann@example.test): sent',
    'Alert to Bob (email bob@example.test): not sent.',
    'Alerts',
  ],
  [
    'es',
    'Espere. AnyDesk se acaba de abrir.',
    'Cortar la conexión remota',
    'Historial',
    'Alerta a Ann (email ann@example.test): enviada',
    'Alerta a Bob (email bob@example.test): no enviada.',
    'Alertas',
  ],
  [
    'de',
    'Moment. AnyDesk wurde gerade gestartet.',
    'Fernverbindung beenden',
    'Verlauf',
    'Nachricht an Ann (email ann@example.test): gesendet',
    'Nachricht an Bob (email bob@example.test): nicht gesendet.',
    'Nachrichten',
  ],
] as const) {
  test(`the history shows a detected incident and whether each alert arrived (${language})`, async ({
    page,
  }) => {
    // A real SMTP server takes Ann's alert and refuses Bob's address.
    const smtp = await startSmtpServer({ refuse: /^bob@/ });
    try {
      server = await startPreviewWith({
        language,
        country: 'GB',
        contacts: [
          { name: 'Ann', channels: [{ type: 'email', to: 'ann@example.test' }] },
          { name: 'Bob', channels: [{ type: 'email', to: 'bob@example.test' }] },
        ],
        email: { smtpUrl: smtp.url(), from: 'holdon@example.test' },
      });
      await page.goto(server.url);
      await expect(page.getByTestId('status')).toBeVisible();
      const arrived = smtp.next();
      children.push(startRenamed('AnyDesk.exe'));
      await expect(h1(page)).toHaveText(warning);
      expect((await arrived).to).toEqual(['ann@example.test']);
      // The person ends the connection; the warning is done with.
      await page.getByRole('button', { name: end }).click();
      await expect(h1(page)).not.toHaveText(warning);

      await page.goto(`${server.url}#history`);
      await page.reload();
      await expect(h1(page)).toHaveText(historyTitle);
      // The incident's first alerts (follow-ups start with other words: "Follow-up alert to …").
      const sentLine = page.locator('.history-what').getByText(startsWith(sent));
      const refusedLine = page.locator('.history-what').getByText(startsWith(refused));
      await expect(sentLine).toBeVisible();
      await expect(refusedLine).toBeVisible();
      // Why, in the screen's language; the server's own words (SMTP 550 …) stay in the log.
      await expect(refusedLine).toContainText(translator(language).t('delivery.reason.mail-address-refused'));
      await expect(refusedLine).not.toContainText('550');
      await expect(page.locator('.history-incident')).toHaveCount(1);
      await expect(page.locator('.history-incident')).toContainText('AnyDesk');
      await expectNoAxeViolations(page);
      await expectLargeTextAndTargets(page);
      await page.screenshot({ path: shots(`history-${language}`), fullPage: true });

      // Only the alerts, then saved as CSV and JSON.
      await page.locator('#history-type').selectOption('alert');
      // The first alerts, and the follow-ups that say the connection was ended.
      // Wait for the filtered list itself (the full one stays until it arrives).
      await expect(page.locator('.history li .history-type')).not.toHaveCount(0);
      await expect(
        page.locator('.history li .history-type').filter({ hasNotText: alertsFilter }),
      ).toHaveCount(0);
      await expect(sentLine).toHaveCount(1);
      await expect(refusedLine).toHaveCount(1);
      await expect(page.locator('#history-type option:checked')).toHaveText(alertsFilter);
      if (language !== 'en') return;
      const csvDownload = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Save as CSV' }).click();
      const csv = readFileSync((await (await csvDownload).path()) ?? '', 'utf8');
      expect(csv.split('\r\n')[0]).toBe('"time","type","what","status","reason"');
      expect(csv).toContain('"alert","Alert to Ann (email ann@example.test): sent","sent",""');
      expect(csv).toMatch(
        /"alert","Alert to Bob \(email bob@example\.test\): not sent[^"]*refused this e-mail address[^"]*","failed"/,
      );
      expect(csv).not.toContain('550');
      const jsonDownload = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Save as JSON' }).click();
      const json = JSON.parse(readFileSync((await (await jsonDownload).path()) ?? '', 'utf8')) as {
        status: string;
      }[];
      expect(json.map((e) => e.status)).toContain('sent');
      expect(json.map((e) => e.status)).toContain('failed');
    } finally {
      await smtp.close();
    }
  });
}

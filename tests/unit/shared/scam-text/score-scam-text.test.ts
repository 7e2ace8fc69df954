import { findScamSigns } from '../../../../shared/scam-text/find-scam-signs';
import { describe, expect, it } from 'vitest';
import { findBrands } from '../../../../shared/scam-text/find-brands';
import { scoreScamText } from '../../../../shared/scam-text/score-scam-text';

const codes = (v: { reasons: readonly { code: string }[] }) => v.reasons.map((r) => r.code);

describe('the scam-text scorer', () => {
  it('flags a full-screen fake Microsoft warning and says why in plain words', () => {
    const verdict = scoreScamText({
      title: 'Microsoft Official Support',
      text:
        'VIRUS ALERT FROM MICROSOFT\nThis computer is BLOCKED\nDo not close this window and do not restart your computer.\n' +
        'Call Microsoft Support immediately: +1-833-864-4143 (Toll Free)\nError # 0x80070424',
    });
    expect(verdict.scam).toBe(true);
    expect(verdict.score).toBeGreaterThan(0.9);
    expect(codes(verdict)).toEqual(
      expect.arrayContaining([
        'scamText.reason.phoneWithBrand',
        'scamText.reason.blocked',
        'scamText.reason.doNotClose',
        'scamText.reason.errorCode',
      ]),
    );
    const texts = verdict.reasons.map((r) => r.text);
    expect(texts).toContain(
      'It shows a phone number next to the name Microsoft. A real warning never shows a number to call.',
    );
    expect(texts).toContain('It says your computer is blocked.');
  });

  it('flags Spanish and German fake warnings', () => {
    const es = scoreScamText({
      text: 'Su ordenador ha sido bloqueado por razones de seguridad. No cierre esta página. Llame ahora al soporte técnico de Microsoft: 900 123 456',
    });
    const de = scoreScamText({
      text: 'Ihr Computer wurde gesperrt! Schließen Sie dieses Fenster nicht. Rufen Sie sofort den Microsoft Support an: 0800 1234567',
    });
    expect([es.scam, de.scam]).toEqual([true, true]);
    expect(codes(es)).toContain('scamText.reason.blocked');
    expect(codes(de)).toContain('scamText.reason.doNotClose');
  });

  it('flags a scary title on its own when it names a brand', () => {
    expect(scoreScamText({ title: '**Votre ordinateur est bloqué** – Microsoft' }).scam).toBe(true);
    expect(scoreScamText({ title: 'Windows Defender Security Warning - call +1-844-555-0199' }).scam).toBe(
      true,
    );
  });

  it('stays calm on pages about scams, real contact pages and real warnings', () => {
    const advice = scoreScamText({
      title: 'Protect yourself from tech support scams',
      text:
        'Tech support scams use scare tactics. If a pop-up says your computer is blocked and shows a phone number, ' +
        'do not call the number. Error and warning messages from Microsoft never include a phone number.',
    });
    const contact = scoreScamText({
      title: 'Contact Amazon customer service',
      text: 'Questions about an order? Call us at 1-888-280-4331, 24 hours a day.',
    });
    const smartScreen = scoreScamText({
      title: 'Microsoft Defender SmartScreen',
      text: 'This site has been reported as unsafe. Microsoft recommends you don’t continue to this site. It has been reported to Microsoft for containing threats to your computer.',
    });
    expect([advice.scam, contact.scam, smartScreen.scam]).toEqual([false, false, false]);
    expect(advice.score).toBeLessThan(0.5);
    expect(codes(advice)).toContain('scamText.reason.aboutScams');
  });

  it('stays calm on the titles of real security, mail, account and vendor pages', () => {
    const titles = [
      'Windows Security',
      'Virus & threat protection - Windows Security',
      'Microsoft Defender SmartScreen',
      'Warning: Potential Security Risk Ahead',
      'Deceptive site ahead',
      'Security alert: new sign-in to your Google account - Gmail',
      'Sicherheitswarnung: Neue Anmeldung bei Ihrem Google-Konto',
      'Alerta de seguridad: nuevo inicio de sesión - Google',
      'Your account has been locked - Microsoft account',
      'Ihr Konto wurde gesperrt - Outlook',
      'Norton: Your subscription has expired - Renew now',
      'Windows Update error 0x800f0922 - Microsoft Community',
      'Contact Microsoft Support',
    ];
    for (const title of titles) expect(scoreScamText({ title }).scam, title).toBe(false);
  });

  it('tells a fake charge from news of scammers charged in court', () => {
    const fakeCharge = scoreScamText({
      text: 'Your Amazon order was charged $499.99 for an iPhone. If you did not make this purchase call Amazon Support now at +1 (888) 555-0147.',
    });
    expect(fakeCharge.scam).toBe(true);
    expect(fakeCharge.reasons.map((r) => r.code)).not.toContain('scamText.reason.aboutScams');
    const news = scoreScamText({
      text: 'Two men were charged with fraud after a fake Microsoft support call centre was raided.',
    });
    expect(news.scam).toBe(false);
  });

  it('names what phone scareware and fake damage warnings say is wrong, in six languages', () => {
    for (const text of [
      'Memória do iPhone está cheia. Limpar memória',
      'La memoria del iPhone está llena. Liberar memoria',
      'Your Hard Disk May Be Damaged. IMMEDIATE RESPONSE REQUIRED',
      'Windows Firewall Security Damaged !!!',
      'Il sistema operativo è crashato a causa di un sito web visitato in precedenza',
      'Il tuo computer è a rischio',
      'Il tuo telefono ha dei virus, se non lo pulisci immediatamente sarà distrutto',
      'Ihr Gerät ist gefährdet',
      'Votre ordinateur est en danger',
    ])
      expect(
        findScamSigns({ text }).morePhrases.map((p) => p.signal),
        text,
      ).toContain('deviceClaim');
    // A full disk is not a damaged one.
    expect(findScamSigns({ text: 'The hard disk is full, delete some files.' }).morePhrases).toEqual([]);
  });

  it('takes a title that says the reader’s own device is damaged for a scary title', () => {
    for (const title of [
      'Your Apple Device Has Malfunctioned Due to a Virus',
      'O sistema está fortemente danificado por quatro vírus',
    ])
      expect(findScamSigns({ title }).titleScary, title).toBe(true);
    expect(
      findScamSigns({ title: 'How to fix an iPhone that has malfunctioned - Apple Support' }).titleScary,
    ).toBe(false);
  });

  it('returns nothing for empty input', () => {
    expect(scoreScamText({})).toEqual({ scam: false, score: 0, reasons: [] });
    expect(scoreScamText({ title: '  ', text: '' })).toEqual({ scam: false, score: 0, reasons: [] });
  });

  it('finds brand names whatever the case or accents', () => {
    expect(findBrands('Soporte de MICROSOFT y Windows Defender; PayPal').map((b) => b.brand)).toEqual([
      'Microsoft',
      'Windows Defender',
      'PayPal',
    ]);
  });
});

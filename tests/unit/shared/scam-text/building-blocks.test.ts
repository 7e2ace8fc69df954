import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../../shared/i18n/i18n';
import { findBrands } from '../../../../shared/scam-text/find-brands';
import { findPhoneNumbers } from '../../../../shared/scam-text/find-phone-numbers';
import { foldText } from '../../../../shared/scam-text/fold-text';
import { isQuoted, quotedSpans } from '../../../../shared/scam-text/quoted-spans';
import { scamReason, type ScamReasonName } from '../../../../shared/scam-text/scam-reasons';

describe('the scorer’s building blocks', () => {
  it('folds case, accents, full-width letters, curly quotes and wrapped lines', () => {
    expect(foldText('ＭＩＣＲＯＳＯＦＴ: Ihr Gerät wurde „gesperrt“')).toBe(
      'microsoft: ihr gerat wurde "gesperrt"',
    );
    expect(foldText('Su ordenador está BLOQUEADO – llame ya')).toBe('su ordenador esta bloqueado - llame ya');
    expect(foldText('Straße')).toBe('strasse');
    expect(foldText('remove the detected\nvirus infections\nCall Now')).toBe(
      'remove the detected virus infections\ncall now',
    );
  });

  it('knows where a text quotes something', () => {
    const text = foldText('A pop-up says “Your computer is blocked”. Close it.');
    const spans = quotedSpans(text);
    expect(isQuoted(text.indexOf('blocked'), spans)).toBe(true);
    expect(isQuoted(text.indexOf('close'), spans)).toBe(false);
  });

  it('reads a doubled opening quotation mark as one', () => {
    const text = foldText(
      'Questo il testo completo: ““Security warning: Il tuo computer è stato bloccato.” Non chiamate.',
    );
    const spans = quotedSpans(text);
    expect(isQuoted(text.indexOf('bloccato'), spans)).toBe(true);
    expect(isQuoted(text.indexOf('chiamate'), spans)).toBe(false);
  });

  it("does not take the sign-in dialog's realm for a quotation: the page speaks there", () => {
    for (const dialog of [
      'https://x.online is requesting your username and password. The site says: “Microsoft has blocked your computer”',
      'Le site indique : « Microsoft a bloqué votre ordinateur »',
      'El sitio dice: "Microsoft ha bloqueado su ordenador"',
      'Die Website meldet: „Microsoft hat Ihren Computer gesperrt“',
    ]) {
      const text = foldText(dialog);
      expect(isQuoted(text.indexOf('microsoft', 20), quotedSpans(text))).toBe(false);
    }
    // Advice that quotes such a dialog still quotes it.
    const advice = foldText('A box said “The site says Microsoft has blocked your computer”.');
    expect(isQuoted(advice.indexOf('blocked'), quotedSpans(advice))).toBe(true);
  });

  it('finds more phone-number formats: Canada, UK mobile, Australian local and mobile, German local, with country codes', () => {
    const found = (t: string) => findPhoneNumbers(t).map((p) => [p.country, p.tollFree]);
    expect(found('Toronto 416-555-0123')).toEqual([['US/CA', false]]);
    expect(found('text 07700 900123')).toEqual([['UK', false]]);
    expect(found('Sydney (02) 9876 5432, mobile 0412 345 678')).toEqual([
      ['AU', false],
      ['AU', false],
    ]);
    // A national number can fit several plans; it is found either way.
    expect(findPhoneNumbers('Berlin 030 12345678').map((p) => p.digits)).toEqual(['03012345678']);
    expect(found('München 089 12345678')).toEqual([['DE', false]]);
    expect(found('+44 808 157 0192')).toEqual([['UK', true]]);
    expect(found('+61 1800 123 456')).toEqual([['AU', true]]);
  });

  it('finds brands for a message checker to reuse, including banks', () => {
    expect(
      findBrands('Your Barclays card and your Sparkasse account; Geek Squad renewal').map((b) => b.kind),
    ).toEqual(['bank', 'bank', 'security']);
    expect(findBrands('an apple pie recipe').map((b) => b.brand)).toEqual(['Apple']);
    expect(findBrands('window cleaning')).toEqual([]);
  });

  it('has an English text for every reason, and the reason exists in Spanish and German', () => {
    const names: ScamReasonName[] = [
      'phoneWithBrand',
      'phone',
      'blocked',
      'infected',
      'hacked',
      'dataTheft',
      'adultContent',
      'callNow',
      'doNotClose',
      'errorCode',
      'countdown',
      'urgent',
      'fakeSupport',
      'expired',
      'alarm',
      'deviceClaim',
      'fakeScan',
      'fakeCharge',
      'accused',
      'brand',
      'aboutScams',
    ];
    for (const name of names) {
      const reason = scamReason(name, { brand: 'Microsoft', phone: '+1-833-864-4143', code: '0x268d3' });
      expect(reason.text, name).not.toBe(reason.code);
      expect(reason.text, name).not.toMatch(/{{/);
      expect(catalogs.es[reason.code], name).toBeTruthy();
      expect(catalogs.de[reason.code], name).toBeTruthy();
    }
  });
});

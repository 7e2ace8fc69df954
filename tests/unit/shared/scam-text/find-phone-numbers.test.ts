import { describe, expect, it } from 'vitest';
import { findBrands } from '../../../../shared/scam-text/find-brands';
import { findPhoneNumbers, isObfuscatedNumber } from '../../../../shared/scam-text/find-phone-numbers';
import { screenEvidence } from '../../../../shared/scam-text/screen-evidence';

const one = (text: string) => findPhoneNumbers(text).map((p) => [p.raw, p.country, p.tollFree]);

describe('finding phone numbers', () => {
  it('finds toll-free and local numbers the way scam pages write them, in six countries', () => {
    expect(one('Microsoft Security Tollfree: +1-833-864-4143')).toEqual([['+1-833-864-4143', 'US/CA', true]]);
    expect(one('Call 1-(888) 404-0468 to activate')).toEqual([['1-(888) 404-0468', 'US/CA', true]]);
    expect(one('call (212) 555-0142 now')).toEqual([['(212) 555-0142', 'US/CA', false]]);
    expect(one('Ring 0800 046 5129 free')).toEqual([['0800 046 5129', 'UK', true]]);
    expect(one('or 020 7946 0018')).toEqual([['020 7946 0018', 'UK', false]]);
    expect(one('Call 1800 958 293 today')).toEqual([['1800 958 293', 'AU', true]]);
    expect(one('Tel. +49 800 1234567')).toEqual([['+49 800 1234567', 'DE', true]]);
    expect(one('Hotline 0800 1234567')).toEqual([['0800 1234567', 'UK', true]]);
    expect(one('llame al 900 123 456')).toEqual([['900 123 456', 'ES', true]]);
    expect(one('o al +34 912 345 678')).toEqual([['+34 912 345 678', 'ES', false]]);
    expect(one('appelez-nous au 01 76 36 38 07')).toEqual([['01 76 36 38 07', 'FR', false]]);
  });

  it('finds the numbers tech-support spam hides from search filters', () => {
    expect(one('$$USA/Canada@$:__((1+844_444_4609))__:::Norton support phone number')).toEqual([
      ['(1+844_444_4609', 'US/CA', true],
    ]);
    expect(one('Call 1*800*642*7676 now')).toEqual([['1*800*642*7676', 'US/CA', true]]);
    expect(one('CALL EXPERT :@@#:__((1++844=228===7592))__')).toEqual([
      ['(1++844=228===7592', 'US/CA', true],
    ]);
    expect(
      findPhoneNumbers('1++844=228===7592, 1-844-228-7592').map((p) => isObfuscatedNumber(p.raw)),
    ).toEqual([true, false]);
    expect(one('IMG_2023_0412_1234.jpg, 2+2=4, 24*7 help')).toEqual([]);
    // A dot is a separator before a number, but not after a digit (a decimal, a version).
    expect(one('=Call@.1-800-525-3094..McAfee')).toEqual([['1-800-525-3094', 'US/CA', true]]);
    expect(one('pi is 3.1415926535, version 2.1.800.5551234')).toEqual([]);
  });

  it('tells tech-support spam, which advertises its number over and over, from a real contact page', () => {
    const phoneSigns = (text: string) =>
      Object.fromEntries(
        screenEvidence({ text }).named.filter(([name]) => /^phone\.(?:advertised|spelledOut)$/.test(name)),
      );
    expect(
      phoneSigns(
        '1-800-972-5612 microsoft windows technical support phone number, tech support phone number',
      ),
    ).toEqual({ 'phone.advertised': 1, 'phone.spelledOut': 0 });
    expect(phoneSigns('Apple P.h.o.n.e N.u.m.b.e.r 1 800-439-2949')).toEqual({
      'phone.advertised': 0,
      'phone.spelledOut': 1,
    });
    expect(
      phoneSigns('Número de atención al cliente: 900 123 456. Número de soporte técnico: 900 123 457'),
    ).toEqual({
      'phone.advertised': 1,
      'phone.spelledOut': 0,
    });
    // A shop or a call centre gives its number once, in a sentence.
    expect(
      phoneSigns(
        'Call our customer service at 1-800-995-8212, Monday through Friday. Our phone lines are open.',
      ),
    ).toEqual({
      'phone.advertised': 0,
      'phone.spelledOut': 0,
    });
    // The products the spam sells numbers for are brands; Italian "dell'" and "the outlook" are not.
    expect(
      findBrands(
        "QuickBooks payroll, HP printer, Dell printer, Epson, Outlook support, dell'utente, the economic outlook",
      ).map((b) => b.brand),
    ).toEqual(['QuickBooks', 'HP', 'Dell', 'Epson', 'Outlook']);
  });

  it('does not take dates, prices, IP addresses, years or order numbers for phone numbers', () => {
    expect(one('Updated 2024-01-15, price $1,299.00, server 192.168.100.100, 2019-2024')).toEqual([]);
    expect(one('Order #114-2222222-3333333 shipped on 12/03/2025')).toEqual([]);
    expect(one('Error 0x80070005 in KB5034441')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { sensitivePageOf } from '../../../../shared/browsers/sensitive-pages';

describe('bank, payment and gift-card pages', () => {
  it.each([
    ['Chase Online Banking - Sign in', 'bank'],
    ['Barclays Online Banking', 'bank'],
    ['Sparkasse Online-Banking - Anmelden', 'bank'],
    ['BBVA | Banca online', 'bank'],
    ['Commonwealth Bank NetBank log on', 'bank'],
    ['Log in to your PayPal account', 'payment'],
    ['Western Union: send money online', 'payment'],
    ['Bizum - Enviar dinero', 'payment'],
    ['Buy Google Play gift cards', 'gift-card'],
    ['Tarjetas regalo de Amazon', 'gift-card'],
    ['Geschenkkarten kaufen', 'gift-card'],
    ['Steam Wallet codes', 'gift-card'],
  ])('%s is a %s page', (title, kind) => {
    expect(sensitivePageOf(title)).toBe(kind);
  });

  it.each(['BBC News - Home', 'Weather forecast', 'Recipes for apple pie', 'Gmail - Inbox'])(
    '%s is not',
    (title) => {
      expect(sensitivePageOf(title)).toBeNull();
    },
  );
});

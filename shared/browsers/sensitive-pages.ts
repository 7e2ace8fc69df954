export type SensitivePageKind = 'bank' | 'payment' | 'gift-card';

/**
 * Pages a refund scammer steers the person to while connected: online banking, payment and money
 * transfer services, gift-card shops. Matched on the page title, in English, Spanish and German.
 * The FTC describes the trick: https://consumer.ftc.gov/articles/how-spot-avoid-and-report-tech-support-scams
 * (the "refund" that lands "too much" in the account, then the demand to send it back in gift cards).
 */
const patterns: readonly { readonly kind: SensitivePageKind; readonly pattern: RegExp }[] = [
  {
    kind: 'gift-card',
    pattern:
      /gift ?cards?|tarjetas? (de )?regalo|geschenkkarten?|gutscheinkarten?|google play (card|code)|apple gift|itunes (card|gift)|steam (wallet|gift)|paysafecard|amazon\.\w+ (gift|reload)|redeem (a )?code/i,
  },
  {
    kind: 'payment',
    pattern:
      /\b(paypal|venmo|zelle|cash ?app|western union|moneygram|wise\.com|remitly|bizum|klarna|coinbase|binance|kraken|bitcoin atm|send money|enviar dinero|geld senden|überweisung)\b/i,
  },
  {
    kind: 'bank',
    pattern:
      /\b(online banking|banca (online|en l[ií]nea|digital)|onlinebanking|bank ?login|log ?in to (your )?bank|bank of america|wells fargo|chase|citibank|capital one|us bank|barclays|hsbc|lloyds|natwest|halifax|santander|nationwide|monzo|starling|commonwealth bank|commbank|westpac|anz|nab|rbc royal bank|td bank|easyweb|scotiabank|bmo|cibc|bbva|caixabank|bankinter|sabadell|unicaja|ing direct|sparkasse|volksbank|raiffeisen|deutsche bank|commerzbank|postbank|dkb|comdirect|n26|ing\b|banco|banque|bank)\b/i,
  },
];

/** Which sensitive kind a page title is, or null. */
export function sensitivePageOf(pageTitle: string): SensitivePageKind | null {
  for (const { kind, pattern } of patterns) if (pattern.test(pageTitle)) return kind;
  return null;
}

/**
 * Web addresses that borrow a company's name without being the company's site:
 * "micros0ft-support.com", "amazon-refund.help", "paypal.account-verify.net". The FTC's advice on
 * phishing: scammers "use a name you know" in links that "look real"
 * (https://consumer.ftc.gov/articles/how-recognize-and-avoid-phishing-scams); digits that look like
 * letters (0 for o, 1 for l) are the oldest look-alike trick (homograph spoofing).
 */

export interface LookAlikeLink {
  /** The address as written. */
  readonly link: string;
  readonly host: string;
  /** The company it pretends to be. */
  readonly brand: string;
}

interface BrandSite {
  readonly brand: string;
  /** The name as it shows up inside a host, after look-alike digits are read as letters. */
  readonly token: string;
  /** The company's own registrable domains; their subdomains are theirs too. */
  readonly domains: readonly string[];
}

const amazonDomains = ['amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.es', 'amazon.ca', 'amazon.com.au'];
const brandSites: readonly BrandSite[] = [
  {
    brand: 'Microsoft',
    token: 'microsoft',
    domains: [
      'microsoft.com',
      'microsoftonline.com',
      'live.com',
      'outlook.com',
      'office.com',
      'windows.com',
      'windows.net',
    ],
  },
  { brand: 'Windows', token: 'windows', domains: ['windows.com', 'windows.net', 'microsoft.com'] },
  {
    brand: 'Amazon',
    token: 'amazon',
    domains: [...amazonDomains, 'amazon.fr', 'amazon.it', 'amazonaws.com'],
  },
  { brand: 'Apple', token: 'apple', domains: ['apple.com', 'icloud.com'] },
  { brand: 'PayPal', token: 'paypal', domains: ['paypal.com', 'paypal.me'] },
  { brand: 'Google', token: 'google', domains: ['google.com', 'google.co.uk', 'google.de', 'google.es'] },
  { brand: 'Netflix', token: 'netflix', domains: ['netflix.com'] },
  { brand: 'Norton', token: 'norton', domains: ['norton.com', 'nortonlifelock.com'] },
  { brand: 'McAfee', token: 'mcafee', domains: ['mcafee.com'] },
  { brand: 'Geek Squad', token: 'geeksquad', domains: ['geeksquad.com', 'bestbuy.com'] },
  { brand: 'Facebook', token: 'facebook', domains: ['facebook.com', 'fb.com'] },
];

/** File names are not web addresses, even though "AnyDesk.exe" looks like one. */
const fileEndings = new Set(['exe', 'msi', 'dmg', 'pkg', 'zip', 'pdf', 'doc', 'docx', 'jpg', 'png', 'txt']);

/** Generic endings people see in links (two-letter country endings are always taken). */
const endings = new Set(
  (
    'com net org info biz help support online site website xyz top live shop store club app io tech services ' +
    'service center centre click link pro vip icu buzz cyou win bid loan work today email page cloud digital ' +
    'security secure systems solutions network care desk tools fix'
  ).split(' '),
);

/**
 * At most 16 labels before the ending: each place in the text is then tried in bounded time, so
 * the search is linear in the text ("a." ten thousand times took a second with an unbounded `+`).
 */
const hostPattern =
  /\b(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,16}[a-z]{2,24})(?::\d+)?(?:\/[^\s"'<>)]*)?/gi;

/** "micros0ft" → "microsoft", "paypa1" → "paypal", "arnazon" → "amazon": read look-alikes as letters. */
function readAsLetters(host: string): string {
  return host
    .replace(/0/g, 'o')
    .replace(/[1|]/g, 'l')
    .replace(/3/g, 'e')
    .replace(/4/g, 'a')
    .replace(/5/g, 's')
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/[-.]/g, '');
}

const ownedBy = (host: string, site: BrandSite): boolean =>
  site.domains.some((d) => host === d || host.endsWith(`.${d}`));

export function findLookAlikeLinks(text: string): LookAlikeLink[] {
  const found: LookAlikeLink[] = [];
  for (const m of text.matchAll(hostPattern)) {
    const host = (m[1] ?? '').toLowerCase().replace(/^www\./, '');
    const ending = host.split('.').at(-1) ?? '';
    if (fileEndings.has(ending)) continue;
    // "Amazon.Thanks" is two sentences run together, not an address.
    if (ending.length > 2 && !endings.has(ending)) continue;
    const letters = readAsLetters(host);
    const sites = brandSites.filter((s) => letters.includes(s.token));
    const first = sites[0];
    // "support.microsoft.com" is Microsoft's own; a borrowed name on anyone else's domain is a look-alike.
    if (!first || sites.some((s) => ownedBy(host, s))) continue;
    if (!found.some((f) => f.host === host)) found.push({ link: m[0], host, brand: first.brand });
  }
  return found;
}

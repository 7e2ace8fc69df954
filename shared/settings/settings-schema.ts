import { z } from 'zod';
import { countries, languages } from './choices';
import { isMasked, redactedSecret, type MaskKind } from './masked-secret';

/**
 * The settings file. The same JSON is what the app exports and imports, and what
 * `holdon watch --config FILE` runs from in headless mode. Every object is strict:
 * an unknown field is an error that names the field, so a typo never silently
 * turns protection off.
 */
export { countries, languages, type Country, type Language } from './choices';

export const protectionLevels = ['warn', 'alert', 'block'] as const;

/**
 * What the screens see instead of a secret. Settings sent back with it keep the stored secret,
 * so it is a valid value for every secret field (and a masked form, see masked-secret.ts, for a
 * webhook address, a push topic and a Twilio account).
 */
export { redactedSecret };

/** The public ntfy server, used when a push channel names none. */
export const defaultNtfyServer = 'https://ntfy.sh';

/**
 * Phone numbers are stored in international form. `validateSettings` first turns the national
 * forms of the settings' country into it ("(415) 555-0182" in the US), see phone-numbers.ts.
 */
const e164 = z
  .string()
  .trim()
  .regex(/^\+[1-9][0-9]{6,14}$/, 'a phone number in international form, such as "+447700900123"');
/** A secret that names where alerts go: its masked form (the screens sent it back) or a value `plain` accepts. */
const maskedOr = (kind: MaskKind, plain: z.ZodType<string>) =>
  z.string().superRefine((value, ctx) => {
    if (isMasked(kind, value)) return;
    const checked = plain.safeParse(value);
    if (!checked.success)
      for (const issue of checked.error.issues) ctx.addIssue(issue as z.core.$ZodRawIssue);
  });
/** A push topic is a secret: anyone who knows it on a public server can read and send the alerts. */
export const ntfyTopic = maskedOr(
  'topic',
  z.string().regex(/^[-_A-Za-z0-9]{1,64}$/, 'a topic name of letters, digits, - and _ (up to 64)'),
);
/** Whether a web address carries a name or password (`https://user:pass@…`). */
export function urlHasCredentials(text: string): boolean {
  try {
    const url = new URL(text);
    return url.username !== '' || url.password !== '';
  } catch {
    return false;
  }
}
/** A URL's hostname that is this computer (a mail bridge such as Proton Mail Bridge, a development server). */
export const isLoopbackHost = (hostname: string): boolean =>
  ['127.0.0.1', '[::1]', 'localhost'].includes(hostname);

/**
 * Whether a mail server address asks for nothing but `requireTLS` after its "?" (and, for a
 * server on this computer only, which often has its own certificate, `tls.rejectUnauthorized`).
 * The mail library would take any option there (a proxy the password goes through, no
 * certificate check for a server far away), so an address is refused rather than trimmed.
 */
export function smtpOptionsAreSafe(text: string): boolean {
  try {
    const url = new URL(text);
    return [...url.searchParams.keys()].every(
      (key) => key === 'requireTLS' || (key === 'tls.rejectUnauthorized' && isLoopbackHost(url.hostname)),
    );
  } catch {
    return true; // the address's own check says what is wrong with it
  }
}
/**
 * A web address for a push server or a webhook. A name and password inside it are refused: they
 * would be shown and logged wherever the address is, and a server that refuses them would be
 * retried for a day; a token or the webhook's secret has its own box.
 */
const httpUrl = (example: string) =>
  z
    .url({ protocol: /^https?$/, error: `an address such as "${example}"` })
    .max(2000)
    .refine(
      (text) => !urlHasCredentials(text),
      'an address without a name and password in it (no "name:password@")',
    );

export const channelSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('email'), to: z.email('an email address such as "ann@example.org"') }),
  /** Push through ntfy (https://docs.ntfy.sh/publish/): the phone app subscribes to the topic. */
  z.strictObject({
    type: z.literal('ntfy'),
    topic: ntfyTopic,
    /**
     * Where the phone answers: the "It arrived" button of a test push and "Allow for 1 hour" /
     * "Keep it blocked" on an alert post to this topic, and Hold On listens to it. Made with the
     * topic when the phone is paired; without it, push works but is never answered.
     */
    replyTopic: ntfyTopic.optional(),
    server: httpUrl('https://ntfy.sh').optional(),
    /** Access token for a protected topic (secret). */
    token: z.string().min(1).max(200).optional(),
  }),
  /** SMS through Twilio; the account is the top-level "twilio" field. */
  z.strictObject({ type: z.literal('sms'), to: e164 }),
  /** JSON POST signed with HMAC-SHA256 (see the README for the payload and the check). */
  z.strictObject({
    type: z.literal('webhook'),
    /** Secret as a whole: its path or query is often the key (Slack, Discord, Home Assistant). */
    url: maskedOr('url', httpUrl('https://home.example.org/hooks/holdon')),
    /** Shared secret for the signature (secret). */
    secret: z.union([z.literal(redactedSecret), z.string().min(16, 'at least 16 characters').max(200)]),
  }),
]);
export type Channel = z.output<typeof channelSchema>;

export const settingsSchema = z.strictObject({
  /** Lets editors validate the file; ignored by the app. */
  $schema: z.string().optional(),
  /** Language of the screens; when absent, the computer's language is used. */
  language: z.enum(languages).optional(),
  /** Decides which places to report a scam are shown. */
  country: z.enum(countries).optional(),
  /** How the app speaks of the person it protects in caregiver messages ("Mum"). */
  seniorName: z.string().trim().min(1).max(60).optional(),
  /** The phone of the person protected: push alerts offer the family a "Call Mum" button. */
  seniorPhone: e164.optional(),
  /** Names this computer in caregiver messages ("Mum's laptop"). */
  computerName: z.string().trim().min(1).max(60).optional(),
  protection: z
    .strictObject({
      /**
       * `warn`: warn on screen only; `alert`: warn and alert the family (the default);
       * `block`: also end unknown remote-access tools at once, then explain (strict mode).
       */
      level: z.enum(protectionLevels).default('alert'),
    })
    .optional(),
  /** Read every warning aloud as soon as it appears. */
  readAloud: z.boolean().optional(),
  /**
   * Trusted people the warning screen offers to call (the first one is shown largest).
   * Alert channels for each contact are configured with the caregiver alerts.
   */
  contacts: z
    .array(
      z.strictObject({
        name: z.string().trim().min(1).max(60),
        relation: z.string().trim().min(1).max(40).optional(),
        phone: e164.optional(),
        language: z.enum(languages).optional(),
        /** Which incidents reach this person; tamper and health alerts always do. */
        severities: z
          .array(z.enum(['notice', 'warning', 'danger']))
          .min(1)
          .default(['warning', 'danger']),
        channels: z.array(channelSchema).max(8).default([]),
        /** A short "all is well" message once a week (on unless `false`): when it stops, something is wrong. */
        weekly: z.boolean().optional(),
      }),
    )
    .max(5)
    .optional(),
  /** The mail server caregiver emails go through. */
  email: z
    .strictObject({
      smtpUrl: z
        .string()
        .regex(/^smtps?:\/\/[^\s]+$/, 'an address such as "smtp://user:password@mail.example.org:587"')
        .refine(smtpOptionsAreSafe, 'a mail server address with nothing after "?" but "requireTLS=true"'),
      from: z.string().trim().min(3).max(200),
    })
    .optional(),
  /** The Twilio account SMS alerts are sent from (https://www.twilio.com/docs/messaging/api/message-resource). */
  twilio: z
    .strictObject({
      /** Secret: with the token it is the account's name and password. */
      accountSid: maskedOr(
        'sid',
        z.string().regex(/^AC[0-9a-fA-F]{32}$/, 'an account SID such as "AC" and 32 hex digits'),
      ),
      /** Secret. */
      authToken: z.string().min(1).max(200),
      from: e164,
    })
    .optional(),
  /**
   * A dead-man's switch: Hold On calls this address every `everyMinutes` while it runs (a
   * Healthchecks check, https://healthchecks.io/docs/http_api/, or any monitor that expects a
   * regular call). When the calls stop (Hold On killed, its start-up entry removed, the
   * computer on without it), the family's monitor tells them. The address is a secret: anyone
   * with it could send the calls.
   */
  heartbeat: z
    .strictObject({
      url: z.union([z.literal(redactedSecret), httpUrl('https://hc-ping.com/your-check-uuid')]),
      everyMinutes: z.number().int().min(1).max(60).default(10),
    })
    .optional(),
  /** How long the history keeps what happened; older entries are removed (default one year). */
  history: z.strictObject({ keepDays: z.number().int().min(30).max(3650).default(365) }).optional(),
  /** Remote tools the family itself uses to help: always, or only during a trusted help session. */
  allowedTools: z
    .array(
      z.strictObject({
        toolId: z.string().regex(/^[a-z0-9-]+$/, 'a tool id such as "teamviewer" (see `holdon tools`)'),
        mode: z.enum(['always', 'trusted-session']).default('always'),
      }),
    )
    .max(50)
    .optional(),
});

export type Settings = z.output<typeof settingsSchema>;

export type ProtectionLevel = (typeof protectionLevels)[number];

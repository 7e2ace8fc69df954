import { randomInt } from 'node:crypto';
import QRCode from 'qrcode';

/** Letters and digits that cannot be mistaken for each other when a topic is typed by hand. */
const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

function randomName(length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/**
 * A new pair of ntfy topics for one family member's phone: the topic alerts are published to
 * and the reply topic the phone's buttons answer on. On a public server a topic is its own
 * password (anyone who knows the name can read it), so each is 20 characters from 31, about
 * 99 bits: nobody guesses one.
 */
export function newPushTopics(): { topic: string; replyTopic: string } {
  return { topic: `holdon-${randomName(20)}`, replyTopic: `holdon-${randomName(20)}` };
}

/** What the phone opens: the topic's web address (https://docs.ntfy.sh/subscribe/phone/). */
export function subscribeLink(server: string, topic: string): string {
  return `${server.replace(/\/+$/, '')}/${topic}`;
}

/** The QR code of that address, as SVG markup (scanned with the phone's camera or the ntfy app). */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
}

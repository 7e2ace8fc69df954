import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { remoteToolCatalog } from '../../../../electron/main/core/catalog';
import messageModelFile from '../../../../resources/scam-text/message-model.json';
import screenModelFile from '../../../../resources/scam-text/screen-model.json';
import { trackCharGrams } from '../../../../scripts/eval/detector-examples';
import { isScamSign } from '../../../../scripts/eval/detector-training';
import {
  checkMessage,
  explainMessage,
  messageDecision,
} from '../../../../shared/message-check/check-message';
import { messageEvidence } from '../../../../shared/message-check/message-evidence';
import { decodeModel, type ScamModelFile } from '../../../../shared/scam-text/scam-model';
import { explainScamText, scoreScamText, screenDecision } from '../../../../shared/scam-text/score-scam-text';
import { screenEvidence } from '../../../../shared/scam-text/screen-evidence';
import { bucketCount } from '../../../../shared/scam-text/text-features';

const check = (text: string) => checkMessage(text, remoteToolCatalog);
const resources = join(__dirname, '../../../../resources/scam-text');

describe('the trained scam-text detectors', () => {
  it('ship as two small files that decode into the model the code expects', () => {
    const sizes = ['screen', 'message'].map((t) => statSync(join(resources, `${t}-model.json`)).size);
    for (const size of sizes) expect(size).toBeLessThan(1024 * 1024);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBeLessThan(5 * 1024 * 1024);
    for (const file of [screenModelFile, messageModelFile] as ScamModelFile[]) {
      const model = decodeModel(file);
      expect(model.hashed.steps).toHaveLength(bucketCount);
      expect(model.hashed.scale).toBeGreaterThan(0);
      expect(Number.isFinite(model.thresholds.scam)).toBe(true);
    }
    // Each reads the character n-grams it was trained on.
    expect(decodeModel(screenModelFile as ScamModelFile).hashed.charGrams).toEqual(trackCharGrams.screen);
    expect(decodeModel(messageModelFile as ScamModelFile).hashed.charGrams).toEqual(trackCharGrams.message);
    expect(decodeModel(messageModelFile as ScamModelFile).thresholds.careful).toBeLessThanOrEqual(
      messageModelFile.thresholds.scam,
    );
  });

  it('never count a sign of a scam against it', () => {
    for (const file of [screenModelFile, messageModelFile] as ScamModelFile[])
      for (const [name, weight] of Object.entries(file.named))
        if (isScamSign(name)) expect(weight, name).toBeGreaterThanOrEqual(0);
  });

  it('name the brand that is in the text, not another one the text mentions', () => {
    const text =
      'Amazon: your order of an iPhone 15 Pro was charged $1,249.00 to your card. If this was not you, call Amazon Support at 1-888-555-0147 now.';
    const message = check(text);
    expect(message.verdict).toBe('scam');
    const withBrand = message.redFlags.find((f) => f.id === 'phone-with-brand');
    expect(withBrand?.vars).toMatchObject({ brand: 'Amazon' });
    expect(withBrand?.text).toContain('the name Amazon');
    const screen = scoreScamText({ text });
    expect(screen.reasons.map((r) => r.text)).toContain(
      'It shows a phone number next to the name Amazon. A real warning never shows a number to call.',
    );
  });

  it('between brands named as often, name the one next to the number', () => {
    const screen = scoreScamText({
      title: 'Windows Defender Security Warning',
      text: 'Your computer has been blocked. Do not close this page. Call Microsoft Support now: +1-844-555-0199',
    });
    expect(screen.reasons.map((r) => r.text)).toContain(
      'It shows a phone number next to the name Microsoft. A real warning never shows a number to call.',
    );
  });

  it('do not call a text message "a real warning"', () => {
    const result = check(
      'Microsoft Support: your computer is infected and blocked. Do not turn it off. Call +1-844-555-0199 now.',
    );
    expect(result.verdict).toBe('scam');
    expect(result.redFlags.length).toBeGreaterThan(1);
    for (const flag of result.redFlags) expect(flag.text).not.toMatch(/real warning/i);
  });

  it('say plainly that a text reads like a scam when no finder can name why', () => {
    // A fake renewal notice: nothing a finder knows (no number, no link, no threat). When the
    // detector's logit passes the threshold, the first red flag says so plainly; below, nothing.
    const renewal = messageEvidence(
      'Your Norton 360 Deluxe subscription has been renewed. Invoice #58211',
      remoteToolCatalog,
    );
    const call = messageDecision(renewal, 3, { scam: 1, careful: 0.5 });
    expect(call.verdict).toBe('scam');
    expect(call.redFlags[0]).toMatchObject({
      id: 'model',
      text: 'It is written like the messages that scammers send.',
    });
    expect(messageDecision(renewal, 0, { scam: 1, careful: 0.5 }).verdict).toBe('no-red-flags');
    // On screen, the same rule: a scam verdict with only "it uses the name Apple" gets the plain reason first.
    const evidence = screenEvidence({ text: 'Cleaner-Update für Ihr iPhone wird empfohlen!' });
    const flagged = screenDecision(evidence, 3, 1);
    expect(flagged.scam).toBe(true);
    expect(flagged.reasons.map((r) => r.code)).toEqual(['scamText.reason.model', 'scamText.reason.brand']);
    expect(screenDecision(evidence, 0, 1).reasons.map((r) => r.code)).toEqual(['scamText.reason.brand']);
  });

  it('explain a verdict for developers with the logit, the threshold and the strongest features', () => {
    const text =
      'Your computer is blocked. Call Microsoft Support now: +1-833-864-4143. Do not close this page.';
    const screen = explainScamText({ text });
    expect(screen.logit).toBeGreaterThanOrEqual(screen.threshold);
    expect(screen.features.length).toBeGreaterThan(3);
    expect(screen.features.map((f) => f.feature)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^sign:/)]),
    );
    const message = explainMessage('Hi Mum, lunch on Sunday? Love, Sarah', remoteToolCatalog);
    expect(message.logit).toBeLessThan(message.threshold);
  });
});

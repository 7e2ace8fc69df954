import { describe, expect, it } from 'vitest';
import { findLookAlikeLinks } from '../../../../shared/message-check/look-alike-links';

describe('look-alike links', () => {
  it('finds a borrowed name, and leaves the company’s own sites alone', () => {
    expect(
      findLookAlikeLinks('Go to micros0ft-support.com or paypal.account-verify.net now').map((l) => l.brand),
    ).toEqual(['Microsoft', 'PayPal']);
    expect(findLookAlikeLinks('See https://support.microsoft.com/help and amazon.co.uk')).toEqual([]);
  });

  it('takes time in proportion to the text, whatever is pasted', () => {
    // Each of these took up to 1.4 s when the number of labels was unbounded.
    for (const text of [
      'a.'.repeat(10_000),
      '0.'.repeat(10_000),
      'a.b-'.repeat(5_000),
      'a-'.repeat(10_000),
    ]) {
      const started = performance.now();
      findLookAlikeLinks(text);
      expect(performance.now() - started).toBeLessThan(250);
    }
  });
});

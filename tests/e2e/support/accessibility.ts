import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** axe with WCAG A/AA/AAA rules, including 7:1 text contrast (color-contrast-enhanced). */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag2aaa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** Body text at least 20 px, headings at least 32 px, every control at least 48 × 48 px. */
export async function expectLargeTextAndTargets(page: Page): Promise<void> {
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    };
    for (const el of document.querySelectorAll('h1, h2')) {
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (visible(el) && size < 32) found.push(`${el.tagName} "${el.textContent}" is ${size}px`);
    }
    for (const el of document.querySelectorAll('p, li, span, label, button, select, strong')) {
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (visible(el) && el.textContent?.trim() && size < 20)
        found.push(`${el.tagName} "${el.textContent}" is ${size}px`);
    }
    for (const el of document.querySelectorAll('button, select, a, input')) {
      const r = el.getBoundingClientRect();
      if (visible(el) && (r.width < 48 || r.height < 48))
        found.push(`target "${el.textContent}" is ${r.width}x${r.height}`);
    }
    return found;
  });
  expect(problems).toEqual([]);
}

/** At 200% zoom (half the CSS width) nothing scrolls sideways. */
export async function expectNoHorizontalScrollAtDoubleZoom(page: Page): Promise<void> {
  const size = page.viewportSize() ?? { width: 1280, height: 720 };
  await page.setViewportSize({ width: Math.round(size.width / 2), height: Math.round(size.height / 2) });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  await page.setViewportSize(size);
  expect(overflow).toBeLessThanOrEqual(0);
}

import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  expectLargeTextAndTargets,
  expectNoAxeViolations,
  expectNoHorizontalScrollAtDoubleZoom,
} from './accessibility';

/** Where a spec's screenshots go, to be opened and looked at. */
export const screenshotPath = (name: string): string =>
  join(__dirname, '../../../test-results/screenshots', `${name}.png`);

/**
 * One screen as its users get it: axe finds nothing, text and targets are large, and it is
 * photographed as shown and at 200 % zoom (half the CSS pixels), where nothing may be cut off
 * sideways.
 */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  await expectLargeTextAndTargets(page);
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  await page.setViewportSize({ width: size.width / 2, height: size.height / 2 });
  await page.screenshot({ path: screenshotPath(`${name}-200`), fullPage: true });
  await page.setViewportSize(size);
  await expectNoHorizontalScrollAtDoubleZoom(page);
}

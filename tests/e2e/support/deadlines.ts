/**
 * How long a test waits for the screen to show what a person would wait for (the warning, the
 * next question). Playwright's default is 5 s. Under `npm run test:loaded` (both cores busy,
 * remote-tool-named processes coming and going) the longest such wait measured was 3.8 s:
 * the warning after a scam page opened in real Chromium on a private X server. The deadline
 * gives that more than twice over, so a slow machine is not a failed test, and a screen that
 * never comes still fails in seconds.
 */
export const expectTimeoutMs = 10_000;

/**
 * A whole test on a real desktop (a private X server, real Chromium, the preview host). Idle one
 * takes up to 15 s; beside another clone's full test run one needed 60 s, of which 38 s went to
 * setting up the X server (now one per worker) and 21 s to starting the preview host. Twice the
 * worst seen.
 */
export const realDesktopTestMs = 120_000;

import koffi from 'koffi';

/**
 * Milliseconds the computer has been running since it started, not counting sleep or
 * hibernation (null when it cannot be told). Comparing two readings tells how long the
 * computer was really on in between, which wall-clock time and uptime cannot: Windows "Fast
 * Startup" hibernates instead of shutting down, so its uptime keeps counting through a night
 * switched off.
 */
export type ActiveClock = () => number | null;

/**
 * Linux and macOS: libuv's hrtime is CLOCK_MONOTONIC on Linux and mach_absolute_time on macOS,
 * both counted from boot and paused while asleep (https://man7.org/linux/man-pages/man2/clock_gettime.2.html,
 * https://developer.apple.com/documentation/kernel/1462446-mach_absolute_time). Windows:
 * QueryUnbiasedInterruptTime, which leaves out sleep and hibernation, in 100 ns units
 * (https://learn.microsoft.com/en-us/windows/win32/api/realtimeapiset/nf-realtimeapiset-queryunbiasedinterrupttime).
 */
export function systemActiveClock(platform: NodeJS.Platform = process.platform): ActiveClock {
  if (platform === 'linux' || platform === 'darwin')
    return () => Number(process.hrtime.bigint() / 1_000_000n);
  if (platform !== 'win32') return () => null;
  try {
    const query = koffi
      .load('kernel32.dll')
      .func('bool __stdcall QueryUnbiasedInterruptTime(_Out_ uint64_t *time)');
    return () => {
      try {
        const out: (number | bigint)[] = [0];
        return query(out) ? Number(out[0]) / 10_000 : null;
      } catch {
        return null;
      }
    };
  } catch {
    return () => null;
  }
}

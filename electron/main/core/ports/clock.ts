/** Time as a port, so tests can drive pauses and lockouts with a fake clock. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): { cancel(): void };
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout(fn, ms) {
    const handle = setTimeout(fn, ms);
    // A pending resume timer must not keep a CLI process alive.
    handle.unref();
    return { cancel: () => clearTimeout(handle) };
  },
};

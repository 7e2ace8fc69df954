import { afterEach } from 'vitest';
import { stopRenamed } from '../fakes/renamed-process';

// Every renamed process a test started ends with the test, passed or failed.
afterEach(async () => {
  await stopRenamed();
});

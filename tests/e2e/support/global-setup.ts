import { startRun } from '../../support/run-guard';

/** One folder for this run's renamed processes; at the end, none may still run (run-guard.ts). */
export default function globalSetup(): () => void {
  return startRun();
}

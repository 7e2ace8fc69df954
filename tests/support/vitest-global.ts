import { startRun } from './run-guard';

export default function setup(): () => void {
  return startRun();
}

import type { InputChunks } from './bounded-input';

/** Where a command writes and reads, so commands run the same in tests and in a terminal. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Standard input as it comes; commands read it through bounded-input.ts, never whole. */
  readonly stdin: () => InputChunks;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: () => process.stdin,
};

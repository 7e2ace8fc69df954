/** Bad usage or bad input: the entry point prints the one-line reason and exits with code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

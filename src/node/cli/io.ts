/** Where a command writes; tests pass buffers, the real CLI passes process.stdout/stderr. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Thrown for wrong usage: the message is printed with a pointer to `--help` (`help`, when the command words it in the user's language), exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly help?: string,
  ) {
    super(message);
  }
}

/** Small helpers shared by the commands. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../io.js';

export type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs with `--help`, strict, positionals allowed. */
export function parse<O extends Options>(args: string[], options: O) {
  return parseArgs({ args, allowPositionals: true, strict: true, options: { help: { type: 'boolean', short: 'h' }, ...options } });
}

export function need(value: string | undefined, message: string): string {
  if (!value) throw new UsageError(message);
  return value;
}

/** The values of `--delimiter` (checked, in the user's language, by the import and export commands). */
export const DELIMITERS: Record<string, string> = { ';': ';', semicolon: ';', ',': ',', comma: ',', tab: '\t', '\\t': '\t' };


/** The operating-system user, for the audit log of CLI actions. */
export function cliUser(): string {
  return `cli:${process.env.USER ?? process.env.USERNAME ?? 'unknown'}`;
}

/** How the CLI speaks: tables for people, JSON with --json, errors to stderr with exit codes. */
import Table from 'cli-table3';
import type { Command } from 'commander';
import { isDomainError } from '../domain/errors.js';
import type { ErrorKind } from '../domain/errors.js';

export const EXIT_CODE_OF_KIND: Readonly<Record<ErrorKind, number>> = {
  Invalid: 2,
  Unauthenticated: 3,
  Forbidden: 3,
  NotFound: 4,
  Conflict: 5,
  InvalidState: 5,
  RateLimited: 6,
};

export interface Output {
  readonly json: boolean;
  data(value: unknown, human: () => string): void;
}

export const createOutput = (json: boolean): Output => ({
  json,
  data(value, human) {
    process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`);
  },
});

export const table = (head: string[], rows: (string | number)[][]): string => {
  const rendered = new Table({ head, style: { head: [], border: [] } });
  rendered.push(...rows.map((row) => row.map(String)));
  return rendered.toString();
};

/** Prints an error the way the caller asked and returns the exit code. */
export const reportError = (error: unknown, json: boolean): number => {
  if (isDomainError(error)) {
    const issues = error.details.issues ?? [];
    if (json) {
      process.stderr.write(
        `${JSON.stringify({ code: error.code, message: error.message, details: error.details })}\n`,
      );
    } else {
      process.stderr.write(`error: ${error.message} [${error.code}]\n`);
      for (const issue of issues) process.stderr.write(`  ${issue.field}: ${issue.reason}\n`);
    }
    return EXIT_CODE_OF_KIND[error.kind];
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    json ? `${JSON.stringify({ code: 'INTERNAL_ERROR', message })}\n` : `error: ${message}\n`,
  );
  return 1;
};

/** Reads all of standard input (for --password-stdin), without the final newline. */
export const readStdin = async (): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
};

/** Whether the global --json flag is set for this command. */
export const wantsJson = (command: Command): boolean =>
  Boolean(command.optsWithGlobals<{ json?: boolean }>().json);

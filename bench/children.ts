/** Starts a benchmark server in a child process (tsx) and stops it again. */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 5_000;

export interface ServerProcess {
  readonly url: string;
  /** The server's process id, for watching its memory. */
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

/**
 * Runs `script` (relative to the project root) and waits for its `listening <port>` line;
 * `onLine` sees every line the server prints.
 */
export const startServer = async (
  script: string,
  env: Readonly<Record<string, string>> = {},
  onLine: (line: string) => void = () => {},
  nodeOptions: readonly string[] = [],
): Promise<ServerProcess> => {
  const child = spawn(process.execPath, [...nodeOptions, '--import', 'tsx', script], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () => stopChild(child);
  try {
    const port = await waitForPort(child, script, onLine);
    return { url: `http://127.0.0.1:${port}`, pid: child.pid, stop };
  } catch (error) {
    await stop();
    throw error;
  }
};

const waitForPort = (
  child: ChildProcess,
  script: string,
  onLine: (line: string) => void,
): Promise<number> =>
  new Promise((resolve, reject) => {
    const stdout = child.stdout;
    if (!stdout) return reject(new Error(`${script} has no stdout`));
    const timer = setTimeout(
      () => reject(new Error(`${script} did not start within ${START_TIMEOUT_MS} ms`)),
      START_TIMEOUT_MS,
    );
    createInterface({ input: stdout }).on('line', (line) => {
      onLine(line);
      const port = /^listening (\d+)$/.exec(line)?.[1];
      if (port === undefined) return;
      clearTimeout(timer);
      resolve(Number(port));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited (code ${code}, signal ${signal}) before listening`));
    });
  });

const stopChild = async (child: ChildProcess): Promise<void> => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
};

/**
 * `npx tsx bench/import-bombs.ts`: import files built to exhaust the server,
 * against the real server over a fresh database. Generates the files (the same
 * bytes on every run), starts bench/server.ts, and posts each file, alone and
 * two at once, while sampling GET /api/health every 50 ms and the server
 * process's resident memory. Prints per case the time to the answer, its
 * status and code, the slowest health answer and the memory growth, next to
 * the idle baseline of the same run, and whether each stays within the bounds
 * of docs/security.md. See docs/benchmarks.md.
 */
import { readFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import {
  aiSystemCsv,
  aiSystemSheetRows,
  aiSystemXlsx,
  csvOfBytes,
  inflatingPart,
  manyRowXlsx,
  sharedStringsBomb,
  xlsxOf,
} from '../test/harness/spreadsheet-bombs.js';
import { MAX_IMPORT_ROWS } from '../src/services/tabular/import-limits.js';
import { startServer, type ServerProcess } from './children.js';
import { createPostgresDatabase, createSqliteDatabase, type BenchDatabase } from './database.js';
import { DEFAULT_GENERATE_OPTIONS, generateDatabase, type GeneratedOrg } from './generate.js';

const SAMPLE_EVERY_MS = 50;
const MIB = 1024 * 1024;
const BOUNDS = { answerMs: 2000, healthMs: 100, rssGrowthBytes: 200 * MIB };

interface BombFile {
  readonly label: string;
  readonly fileName: string;
  readonly content: Buffer;
}

/** A file as the multipart body of an import request, built before any timing starts. */
interface Upload {
  readonly label: string;
  readonly contentType: string;
  readonly body: Uint8Array<ArrayBuffer>;
}

interface Sample {
  readonly start: number;
  readonly end: number;
  readonly value: number;
}

/** Health latency and resident memory of the server, sampled until stopped. */
class Monitor {
  readonly health: Sample[] = [];
  readonly rss: Sample[] = [];
  /** The server's longest event-loop stall of each 100 ms, as it reports them. */
  readonly serverStalls: Sample[] = [];
  private running = true;
  private loops: Promise<void>[] = [];
  start(server: ServerProcess) {
    this.loops = [this.sampleHealth(server), this.sampleRss(server)];
  }

  private async sampleHealth(server: ServerProcess) {
    while (this.running) {
      const start = performance.now();
      const response = await fetch(`${server.url}/api/health`);
      await response.arrayBuffer();
      const end = performance.now();
      if (!response.ok) throw new Error(`/api/health answered ${response.status}`);
      this.health.push({ start, end, value: end - start });
      await sleep(Math.max(0, SAMPLE_EVERY_MS - (end - start)));
    }
  }

  private async sampleRss(server: ServerProcess) {
    while (this.running) {
      const start = performance.now();
      this.rss.push({ start, end: start, value: await rssOf(server.pid) });
      await sleep(SAMPLE_EVERY_MS);
    }
  }

  onServerLine(line: string) {
    const stall = /^loop-delay ([\d.]+)$/.exec(line)?.[1];
    const now = performance.now();
    if (stall !== undefined)
      this.serverStalls.push({ start: now - 100, end: now, value: Number(stall) });
  }

  currentRss() {
    return this.rss.at(-1)?.value ?? 0;
  }

  async stop() {
    this.running = false;
    await Promise.all(this.loops);
  }
}

/** The samples that overlap the window. */
const between = (samples: readonly Sample[], from: number, to: number) =>
  samples.filter((sample) => sample.end >= from && sample.start <= to);

const rssOf = async (pid: number | undefined): Promise<number> => {
  if (pid === undefined) return 0;
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kilobytes = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return kilobytes === undefined ? 0 : Number(kilobytes) * 1024;
};

const uploadOf = (file: BombFile): Upload => {
  const boundary = '----aimsbench7d1f';
  const parts = [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.fileName}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ];
  const body = new Uint8Array(new ArrayBuffer(parts.reduce((sum, part) => sum + part.length, 0)));
  let at = 0;
  for (const part of parts) {
    body.set(part, at);
    at += part.length;
  }
  return { label: file.label, contentType: `multipart/form-data; boundary=${boundary}`, body };
};

interface Answer {
  readonly label: string;
  readonly ms: number;
  readonly status: number;
  readonly code: string;
}

const post = async (
  url: string,
  org: GeneratedOrg,
  upload: Upload,
  dryRun = false,
): Promise<Answer> => {
  const { contentType, body } = upload;
  const start = performance.now();
  const response = await fetch(`${url}/api/v1/orgs/${org.id}/ai-systems/import?dryRun=${dryRun}`, {
    method: 'POST',
    headers: { 'content-type': contentType, authorization: `Bearer ${org.token}` },
    body,
  });
  const answer = (await response.json()) as { code?: string };
  const ms = performance.now() - start;
  return { label: upload.label, ms, status: response.status, code: answer.code ?? 'ok' };
};

const percentile = (values: readonly number[], share: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
};

interface CaseResult {
  readonly name: string;
  readonly answers: readonly Answer[];
  readonly healthP50: number;
  readonly healthMax: number;
  readonly healthSamples: number;
  readonly serverStallMax: number;
  readonly benchStallMax: number;
  readonly rssBefore: number;
  readonly rssPeak: number;
}

const runCase = async (
  monitor: Monitor,
  server: ServerProcess,
  org: GeneratedOrg,
  name: string,
  uploads: readonly Upload[],
): Promise<CaseResult> => {
  await sleep(1000);
  const rssBefore = monitor.currentRss();
  const benchDelay = monitorEventLoopDelay({ resolution: 10 });
  benchDelay.enable();
  const start = performance.now();
  const answers = await Promise.all(uploads.map((upload) => post(server.url, org, upload)));
  const end = performance.now();
  benchDelay.disable();
  // Memory can peak as the answer leaves; watch a little longer.
  await sleep(500);
  const health = between(monitor.health, start, end).map((sample) => sample.value);
  const rss = between(monitor.rss, start, end + 500).map((sample) => sample.value);
  const result = {
    name,
    answers,
    healthP50: percentile(health, 0.5),
    healthMax: Math.max(0, ...health),
    healthSamples: health.length,
    serverStallMax: Math.max(
      0,
      ...between(monitor.serverStalls, start, end).map((sample) => sample.value),
    ),
    benchStallMax: benchDelay.max / 1e6,
    rssBefore,
    rssPeak: Math.max(rssBefore, ...rss),
  };
  console.error(
    `${name}: ${answers.map((a) => `${a.status} ${a.code} in ${a.ms.toFixed(0)} ms`).join(', ')}`,
  );
  return result;
};

const withinBounds = (result: CaseResult) =>
  result.answers.every(
    (answer) => answer.status >= 400 && answer.status < 500 && answer.ms < BOUNDS.answerMs,
  ) &&
  result.healthMax < BOUNDS.healthMs &&
  result.rssPeak - result.rssBefore < BOUNDS.rssGrowthBytes;

const mib = (bytes: number) => `${(bytes / MIB).toFixed(0)} MiB`;

const formatResults = (
  idle: { p50: number; max: number; serverStallMax: number },
  results: readonly CaseResult[],
) => {
  const lines = [
    '| case | answers (status code, time) | health p50 / max ms | max vs idle max | longest stall ms: server / bench | RSS before → peak (growth) | within bounds |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    `| idle baseline | — | ${idle.p50.toFixed(1)} / ${idle.max.toFixed(1)} | 1.0× | ${idle.serverStallMax.toFixed(0)} / — | — | — |`,
  ];
  for (const result of results) {
    const answers = result.answers
      .map((answer) => `${answer.status} ${answer.code}, ${answer.ms.toFixed(0)} ms`)
      .join('; ');
    const health =
      result.healthSamples === 0
        ? '— (answered between samples)'
        : `${result.healthP50.toFixed(1)} / ${result.healthMax.toFixed(1)} (${result.healthSamples} samples)`;
    const ratio = result.healthSamples === 0 ? '—' : `${(result.healthMax / idle.max).toFixed(1)}×`;
    const stalls = `${result.serverStallMax.toFixed(0)} / ${result.benchStallMax.toFixed(0)}`;
    const memory = `${mib(result.rssBefore)} → ${mib(result.rssPeak)} (+${mib(result.rssPeak - result.rssBefore)})`;
    const within = withinBounds(result) ? 'yes' : 'NO';
    lines.push(
      `| ${result.name} | ${answers} | ${health} | ${ratio} | ${stalls} | ${memory} | ${within} |`,
    );
  }
  return lines.join('\n');
};

const databaseKind = (): 'sqlite' | 'postgres' => {
  const { values } = parseArgs({ options: { database: { type: 'string' } } });
  const database = values.database ?? (process.env.DATABASE_URL ? 'postgres' : 'sqlite');
  if (database !== 'sqlite' && database !== 'postgres') {
    throw new Error('--database must be sqlite or postgres');
  }
  return database;
};

const createDatabase = (kind: 'sqlite' | 'postgres'): Promise<BenchDatabase> => {
  if (kind === 'sqlite') return createSqliteDatabase();
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('--database postgres needs DATABASE_URL (a server to create on)');
  return createPostgresDatabase(serverUrl);
};

const makeFiles = async () => {
  console.error('Generating the files…');
  const xlsx: BombFile = {
    label: 'XLSX 3M rows',
    fileName: 'bomb.xlsx',
    content: await manyRowXlsx(3_000_000),
  };
  const csv: BombFile = {
    label: 'CSV 20 MB',
    fileName: 'bomb.csv',
    content: csvOfBytes(20_000_000),
  };
  // Both declare their part as 1000 bytes: only counting what comes out stops them.
  const oneText: BombFile = {
    label: 'XLSX, one text inflating to 1 GiB',
    fileName: 'one-text.xlsx',
    content: await sharedStringsBomb(1024 * MIB, { declared: 1000 }),
  };
  const manyTexts: BombFile = {
    label: 'XLSX, texts inflating to 1 GiB',
    fileName: 'many-texts.xlsx',
    content: await sharedStringsBomb(1024 * MIB, { declared: 1000, textBytes: 1000 }),
  };
  // Declared truthfully, the bomb is refused from the ZIP directory alone.
  const honestTexts: BombFile = {
    label: 'XLSX, texts of 1 GiB that declare it',
    fileName: 'honest-texts.xlsx',
    content: await sharedStringsBomb(1024 * MIB, { textBytes: 1000 }),
  };
  // The most work one file can cost: 60 MiB of texts read whole, then rows up to the limit.
  const mostWork: BombFile = {
    label: 'XLSX, 60 MiB of texts and 10,001 rows',
    fileName: 'most-work.xlsx',
    content: await xlsxOf(aiSystemSheetRows(MAX_IMPORT_ROWS + 1), [
      await inflatingPart('xl/sharedStrings.xml', 60 * MIB, { textBytes: 1000 }),
    ]),
  };
  for (const file of [xlsx, csv, oneText, manyTexts, honestTexts, mostWork]) {
    console.error(`  ${file.label}: ${(file.content.length / 1e6).toFixed(1)} MB`);
  }
  return {
    xlsx: uploadOf(xlsx),
    csv: uploadOf(csv),
    oneText: uploadOf(oneText),
    manyTexts: uploadOf(manyTexts),
    honestTexts: uploadOf(honestTexts),
    mostWork: uploadOf(mostWork),
  };
};

const benchmark = async (database: 'sqlite' | 'postgres', cleanup: (() => Promise<void>)[]) => {
  const files = await makeFiles();
  const db = await createDatabase(database);
  cleanup.push(() => db.drop());
  const [org] = await generateDatabase(db.config, {
    ...DEFAULT_GENERATE_OPTIONS,
    obligationsPerOrg: 0,
    largeOrgSystems: 0,
    seed: 42_001,
    organizations: 1,
    systemsPerOrg: 3,
    usersPerOrg: 1,
  });
  if (!org) throw new Error('No organization generated');
  const monitor = new Monitor();
  const server = await startServer(
    'bench/server.ts',
    { BENCH_DATABASE: JSON.stringify(db.config), BENCH_LOOP_DELAY: '1' },
    (line) => monitor.onServerLine(line),
  );
  cleanup.push(() => server.stop());

  // Warm up the import path with files it takes, so that memory growth is the bombs' own.
  for (const file of [
    { label: 'warm-up CSV', fileName: 'ok.csv', content: aiSystemCsv(200) },
    { label: 'warm-up XLSX', fileName: 'ok.xlsx', content: await aiSystemXlsx(200) },
  ]) {
    const answer = await post(server.url, org, uploadOf(file), true);
    if (answer.status !== 200) throw new Error(`${file.label} answered ${answer.status}`);
  }

  monitor.start(server);
  // The first samples open the connection: the idle baseline is the 3 s after them.
  await sleep(1000);
  const idleFrom = performance.now();
  await sleep(3000);
  const idleHealth = between(monitor.health, idleFrom, performance.now()).map(
    (sample) => sample.value,
  );
  const idle = {
    p50: percentile(idleHealth, 0.5),
    max: Math.max(0, ...idleHealth),
    serverStallMax: Math.max(
      0,
      ...between(monitor.serverStalls, idleFrom, performance.now()).map((sample) => sample.value),
    ),
  };

  const results = [
    await runCase(monitor, server, org, 'XLSX, 3 million rows', [files.xlsx]),
    await runCase(monitor, server, org, 'CSV, 20 MB', [files.csv]),
    await runCase(monitor, server, org, 'XLSX, one text inflating to 1 GiB', [files.oneText]),
    await runCase(monitor, server, org, 'XLSX, texts inflating to 1 GiB', [files.manyTexts]),
    await runCase(monitor, server, org, 'two of those at once', [files.manyTexts, files.manyTexts]),
    await runCase(monitor, server, org, 'XLSX, texts of 1 GiB that declare it', [
      files.honestTexts,
    ]),
    await runCase(monitor, server, org, 'XLSX, 60 MiB of texts and 10,001 rows', [files.mostWork]),
    await runCase(monitor, server, org, 'two of those at once', [files.mostWork, files.mostWork]),
    await runCase(monitor, server, org, 'two 3-million-row XLSX at once', [files.xlsx, files.xlsx]),
    await runCase(monitor, server, org, 'XLSX and CSV at once', [files.xlsx, files.csv]),
  ];
  await monitor.stop();

  const list = await fetch(`${server.url}/api/v1/orgs/${org.id}/ai-systems?page=1&pageSize=1`, {
    headers: { authorization: `Bearer ${org.token}` },
  });
  const { total } = (await list.json()) as { total: number };

  console.log(`\n${database}, ${cpus().length} CPUs, Node ${process.version}\n`);
  console.log(formatResults(idle, results));
  console.log(
    `\nBounds: answer < ${BOUNDS.answerMs} ms with a 4xx, health < ${BOUNDS.healthMs} ms, ` +
      `RSS growth < ${mib(BOUNDS.rssGrowthBytes)}. AI systems after the run: ${total} (3 generated).`,
  );
  if (!results.every(withinBounds) || total !== 3) process.exitCode = 1;
};

const runCleanup = async (steps: (() => Promise<void>)[]) => {
  for (const step of steps.splice(0).reverse()) {
    await step().catch((error: unknown) => console.error('Clean-up failed:', error));
  }
};

const cleanup: (() => Promise<void>)[] = [];
const interrupt = () => void runCleanup(cleanup).finally(() => process.exit(130));
process.once('SIGINT', interrupt);
process.once('SIGTERM', interrupt);
try {
  await benchmark(databaseKind(), cleanup);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await runCleanup(cleanup);
}

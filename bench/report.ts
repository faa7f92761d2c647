/**
 * Turns the rounds into the summary: medians of the rounds, and each ratio as
 * the median of ratios taken inside the same round (the machine is noisy, so
 * only numbers measured side by side are compared).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Measurement } from './load.js';

export interface ScenarioSummary {
  readonly scenario: string;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Connections the load kept open. */
  readonly connections: number;
  /** Requests per second relative to the scenario's baseline, measured in the same round. */
  readonly ratioToBaseline: number;
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
};

const byScenario = (round: readonly Measurement[], scenario: string): Measurement => {
  const found = round.find((measurement) => measurement.scenario === scenario);
  if (!found) throw new Error(`No measurement of ${scenario} in a round`);
  return found;
};

/** A scenario to summarize: its name, its load, and the scenario it is compared with. */
export interface SummaryOf {
  readonly name: string;
  readonly connections: number;
  readonly baseline: string;
}

export const summarize = (
  rounds: readonly (readonly Measurement[])[],
  scenarios: readonly SummaryOf[],
): ScenarioSummary[] =>
  scenarios.map(({ name: scenario, connections, baseline }) => {
    const runs = rounds.map((round) => byScenario(round, scenario));
    const ratios = rounds.map(
      (round) =>
        byScenario(round, scenario).requestsPerSecond /
        byScenario(round, baseline).requestsPerSecond,
    );
    return {
      scenario,
      connections,
      requestsPerSecond: median(runs.map((run) => run.requestsPerSecond)),
      p50Ms: median(runs.map((run) => run.p50Ms)),
      p99Ms: median(runs.map((run) => run.p99Ms)),
      ratioToBaseline: median(ratios),
    };
  });

/** A Markdown table, ready to paste into docs/benchmarks.md. */
export const formatTable = (summaries: readonly ScenarioSummary[]): string => {
  const rows = summaries.map((summary) => [
    summary.scenario,
    String(summary.connections),
    Math.round(summary.requestsPerSecond).toLocaleString('en-US'),
    summary.p50Ms.toFixed(0),
    summary.p99Ms.toFixed(0),
    summary.ratioToBaseline.toFixed(2),
  ]);
  const header = [
    'scenario',
    'connections',
    'req/s (median)',
    'p50 ms',
    'p99 ms',
    'ratio vs same-bytes bare',
  ];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
};

export const writeJson = async (file: string, data: unknown): Promise<void> => {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(data, null, 2) + '\n');
};

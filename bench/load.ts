/** Load for one scenario with autocannon: a warm-up, then the measured run. */
import autocannon from 'autocannon';

export interface Scenario {
  readonly name: string;
  readonly url: string;
  /** Each connection cycles through these (e.g. one request per organization). */
  readonly requests: readonly autocannon.Request[];
  /** Connections for this scenario instead of the run's. */
  readonly connections?: number;
}

export interface LoadOptions {
  /** Seconds. */
  readonly duration: number;
  /** Seconds of load before measuring, thrown away. */
  readonly warmup: number;
  readonly connections: number;
}

export interface Measurement {
  readonly scenario: string;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requests: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
}

const fire = (scenario: Scenario, connections: number, duration: number) =>
  new Promise<autocannon.Result>((resolve, reject) => {
    // autocannon writes its prepared buffers into the request objects: give it copies.
    const requests = scenario.requests.map((request) => ({ ...request }));
    autocannon({ url: scenario.url, connections, duration, requests }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });

/** Failed requests make the numbers meaningless: stop the whole run. */
const assertAllSucceeded = (name: string, result: autocannon.Result): void => {
  if (result.non2xx === 0 && result.errors === 0) return;
  throw new Error(
    `${name}: ${result.non2xx} non-2xx responses and ${result.errors} errors ` +
      `(${result.timeouts} timeouts) out of ${result.requests.total} requests`,
  );
};

export const measure = async (scenario: Scenario, options: LoadOptions): Promise<Measurement> => {
  const connections = scenario.connections ?? options.connections;
  assertAllSucceeded(scenario.name, await fire(scenario, connections, options.warmup));
  const result = await fire(scenario, connections, options.duration);
  assertAllSucceeded(scenario.name, result);
  return {
    scenario: scenario.name,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
};

/** One request before any load: the scenario must answer 200. Returns the body. */
export const probe = async (scenario: Scenario): Promise<string> => {
  const [request] = scenario.requests;
  const response = await fetch(new URL(request?.path ?? '/', scenario.url), {
    headers: request?.headers ?? {},
  });
  const body = await response.text();
  if (response.status !== 200) {
    throw new Error(`${scenario.name} answered ${response.status}: ${body.slice(0, 300)}`);
  }
  return body;
};

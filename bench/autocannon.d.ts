/** The small part of autocannon 9 that the benchmarks use (the package ships no types). */
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  namespace autocannon {
    interface Request {
      readonly method?: string;
      readonly path?: string;
      readonly headers?: Readonly<Record<string, string>>;
    }

    interface Options {
      readonly url: string;
      readonly connections?: number;
      /** Seconds. */
      readonly duration?: number;
      readonly requests?: readonly Request[];
    }

    interface Histogram {
      readonly average: number;
      readonly p50: number;
      readonly p99: number;
      readonly total: number;
    }

    interface Result {
      readonly requests: Histogram;
      /** Milliseconds. */
      readonly latency: Histogram;
      readonly non2xx: number;
      readonly errors: number;
      readonly timeouts: number;
    }
  }

  function autocannon(
    options: autocannon.Options,
    callback: (error: Error | null, result: autocannon.Result) => void,
  ): EventEmitter;

  export = autocannon;
}

/**
 * Hears, on one connection of its own, what PostgreSQL's triggers announce
 * on the access channel (storage/migrations/…-notify-access-changes.ts) and
 * forgets what the access cache kept of it. Whoever wrote (this instance,
 * another one, the CLI), every listening instance hears it once the write
 * commits.
 *
 * The cache serves only while the connection is known to be up: a lost
 * connection empties it and turns it off until a new one listens again, and
 * a connection that stops answering its heartbeat counts as lost.
 */
import pg from 'pg';
import type { AccessCache } from './access-cache.js';

export const ACCESS_CHANNEL = 'aims_access';

export interface AccessChangeOptions {
  /** How long to wait before listening again after the connection was lost. */
  readonly retryMs?: number;
  /** How often the connection proves it still answers. */
  readonly heartbeatMs?: number;
}

export interface AccessListener {
  close(): Promise<void>;
  /** The backend process of the listening connection, or null while there is none. */
  backendPid(): Promise<number | null>;
  /** Resolves once every change committed before the call has been heard. */
  settled(): Promise<void>;
}

const SETTLED = 'settled:';

export const listenForAccessChanges = (
  url: string,
  cache: AccessCache,
  options: AccessChangeOptions = {},
): AccessListener => {
  const retryMs = options.retryMs ?? 1000;
  const heartbeatMs = options.heartbeatMs ?? 5000;
  let current: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let heartbeat: NodeJS.Timeout | undefined;
  let probes = 0;
  const waitingFor = new Map<string, () => void>();

  const lost = (client: pg.Client) => {
    if (current !== client) return;
    current = undefined;
    cache.setLive(false);
    clearInterval(heartbeat);
    // Nothing is kept now, so whatever was awaited holds.
    for (const resolve of waitingFor.values()) resolve();
    client.end().catch(() => undefined);
    if (!closed) retry = setTimeout(() => void connect(), retryMs).unref();
  };

  const connect = async () => {
    const client = new pg.Client({
      connectionString: url,
      keepAlive: true,
      query_timeout: Math.max(1000, heartbeatMs / 2),
    });
    current = client;
    client.on('error', () => lost(client));
    client.on('end', () => lost(client));
    client.on('notification', ({ channel, payload }) => {
      if (channel !== ACCESS_CHANNEL) return;
      if (payload?.startsWith(SETTLED)) waitingFor.get(payload)?.();
      else if (payload) cache.forget(payload);
      else cache.clear();
    });
    try {
      await client.connect();
      await client.query(`listen ${ACCESS_CHANNEL}`);
    } catch {
      lost(client);
      return;
    }
    if (current !== client) return;
    cache.setLive(true);
    heartbeat = setInterval(() => {
      client.query('select 1').catch(() => lost(client));
    }, heartbeatMs).unref();
  };

  void connect();

  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      clearInterval(heartbeat);
      const client = current;
      current = undefined;
      cache.setLive(false);
      await client?.end().catch(() => undefined);
    },
    async settled() {
      await cache.whenLive();
      const client = current;
      if (!client) return;
      // Notifications arrive in commit order: this one comes after every earlier change's.
      const payload = `${SETTLED}${process.pid}:${++probes}`;
      const heard = new Promise<void>((resolve) => waitingFor.set(payload, resolve));
      await client.query('select pg_notify($1, $2)', [ACCESS_CHANNEL, payload]).catch(() => {
        waitingFor.get(payload)?.();
      });
      await heard;
      waitingFor.delete(payload);
    },
    async backendPid() {
      if (!current || !cache.live) return null;
      const { rows } = await current.query<{ pid: number }>('select pg_backend_pid() as pid');
      return rows[0]?.pid ?? null;
    },
  };
};

/**
 * What a request's credentials statement read (storage/credential.repository.ts),
 * kept between requests while the database tells of every change to it: on
 * PostgreSQL by announcements (storage/access-changes.ts), on SQLite by the
 * file's data version, asked before each use. Each entry
 * carries tags naming what it depends on (`credential:<hash>`, `user:<id>`,
 * `org:<id>`); a change forgets every entry with its tag.
 *
 * Nothing is kept or served while the changes are not being heard, and a
 * read that overlapped a change is not kept: it may predate the change.
 */
interface Entry {
  readonly value: unknown;
  readonly tags: readonly string[];
}

export class AccessCache {
  readonly #entries = new Map<string, Entry>();
  readonly #keysOfTag = new Map<string, Set<string>>();
  readonly #capacity: number;
  #changes = 0;
  #live = false;
  #waiting: (() => void)[] = [];

  readonly #changedElsewhere: (() => boolean) | undefined;

  constructor(
    options: {
      capacity?: number;
      /** Asked before each use: true when the database was written by others since (SQLite). */
      changedElsewhere?: () => boolean;
    } = {},
  ) {
    this.#capacity = options.capacity ?? 10_000;
    this.#changedElsewhere = options.changedElsewhere;
  }

  /** Whether changes are being heard; only then is anything kept. */
  get live(): boolean {
    return this.#live;
  }

  /** Resolves once changes are being heard. */
  whenLive(): Promise<void> {
    if (this.#live) return Promise.resolve();
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  setLive(live: boolean): void {
    this.clear();
    this.#live = live;
    if (!live) return;
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const resolve of waiting) resolve();
  }

  get<T>(key: string): T | undefined {
    if (!this.#live) return undefined;
    if (this.#changedElsewhere?.()) this.clear();
    return this.#entries.get(key)?.value as T | undefined;
  }

  /** Taken before a read: what it read is kept only if nothing changed meanwhile. */
  mark(): number {
    return this.#changes;
  }

  keep(mark: number, key: string, value: unknown, tags: readonly string[]): void {
    if (!this.#live || mark !== this.#changes) return;
    if (this.#entries.size >= this.#capacity) this.clear();
    this.#remove(key);
    this.#entries.set(key, { value, tags });
    for (const tag of tags) {
      let keys = this.#keysOfTag.get(tag);
      if (!keys) this.#keysOfTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
  }

  /** Something a tag names changed: every entry that depends on it goes. */
  forget(tag: string): void {
    this.#changes++;
    for (const key of this.#keysOfTag.get(tag) ?? []) this.#remove(key);
  }

  clear(): void {
    this.#changes++;
    this.#entries.clear();
    this.#keysOfTag.clear();
  }

  get size(): number {
    return this.#entries.size;
  }

  #remove(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    for (const tag of entry.tags) {
      const keys = this.#keysOfTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.#keysOfTag.delete(tag);
    }
  }
}

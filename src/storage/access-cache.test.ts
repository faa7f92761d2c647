import { describe, expect, it } from 'vitest';
import { AccessCache } from './access-cache.js';

const liveCache = (capacity?: number) => {
  const cache = new AccessCache(capacity === undefined ? {} : { capacity });
  cache.setLive(true);
  return cache;
};

describe('the access cache', () => {
  it('keeps nothing and serves nothing while changes are not heard', () => {
    const cache = new AccessCache();
    cache.keep(cache.mark(), 'a', 1, ['org:1']);
    expect(cache.get('a')).toBeUndefined();
    const live = liveCache();
    live.keep(live.mark(), 'a', 1, ['org:1']);
    live.setLive(false);
    expect(live.get('a')).toBeUndefined();
    expect(live.size).toBe(0);
  });

  it('forgets exactly the entries that depend on a changed thing', () => {
    const cache = liveCache();
    cache.keep(cache.mark(), 'a', 'A', ['credential:x', 'org:1']);
    cache.keep(cache.mark(), 'b', 'B', ['credential:y', 'org:2']);
    cache.keep(cache.mark(), 'c', 'C', ['credential:x', 'org:2']);
    cache.forget('org:2');
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual(['A', undefined, undefined]);
    cache.forget('credential:x');
    expect(cache.size).toBe(0);
  });

  it('does not keep a read that overlapped a change, even of something else', () => {
    const cache = liveCache();
    const mark = cache.mark();
    cache.forget('user:9');
    cache.keep(mark, 'a', 'A', ['user:1']);
    expect(cache.get('a')).toBeUndefined();
  });

  it('starts afresh when full', () => {
    const cache = liveCache(2);
    cache.keep(cache.mark(), 'a', 'A', []);
    cache.keep(cache.mark(), 'b', 'B', []);
    cache.keep(cache.mark(), 'c', 'C', []);
    expect([cache.get('a'), cache.get('c'), cache.size]).toEqual([undefined, 'C', 1]);
  });

  it('tells whoever waits that changes are heard', async () => {
    const cache = new AccessCache();
    const heard = cache.whenLive();
    cache.setLive(true);
    await expect(heard).resolves.toBeUndefined();
  });
});

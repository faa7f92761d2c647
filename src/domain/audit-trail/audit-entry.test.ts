import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, findChainBreak, hashInput } from './audit-entry.js';
import type { AuditEntry, AuditEntryContent } from './audit-entry.js';
import { canonicalJson } from './canonical-json.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const chainOf = (count: number): AuditEntry[] => {
  const entries: AuditEntry[] = [];
  let previousHash = GENESIS_HASH;
  for (let sequence = 1; sequence <= count; sequence += 1) {
    const content: AuditEntryContent = {
      id: `entry-${sequence}`,
      chain: 'org-1',
      sequence,
      at: `2026-12-01T09:00:0${sequence}.000Z`,
      organizationId: 'org-1',
      actorUserId: 'user-1',
      actorLabel: 'alex@example.org',
      action: 'ai_system.created',
      entityType: 'ai_system',
      entityId: `system-${sequence}`,
      before: null,
      after: { name: `System ${sequence}`, tags: ['a', 'b'] },
    };
    const hash = sha256(hashInput(content, previousHash));
    entries.push({ ...content, previousHash, hash });
    previousHash = hash;
  }
  return entries;
};

describe('audit trail hash chain', () => {
  it('accepts an untouched chain', () => {
    expect(findChainBreak(chainOf(5), sha256)).toBeUndefined();
  });

  it('reports an entry whose content was altered', () => {
    const entries = chainOf(5);
    entries[2] = { ...entries[2]!, after: { name: 'Altered' } };
    expect(findChainBreak(entries, sha256)).toEqual({
      entryId: 'entry-3',
      chain: 'org-1',
      sequence: 3,
      reason: 'hash_mismatch',
    });
  });

  it('reports a removed entry as a gap', () => {
    const entries = chainOf(5);
    entries.splice(1, 1);
    expect(findChainBreak(entries, sha256)).toMatchObject({ sequence: 3, reason: 'sequence_gap' });
  });

  it('reports an entry re-hashed after alteration by its broken link to the next', () => {
    const entries = chainOf(4);
    const altered = { ...entries[1]!, actorLabel: 'someone-else' };
    entries[1] = { ...altered, hash: sha256(hashInput(altered, altered.previousHash)) };
    expect(findChainBreak(entries, sha256)).toMatchObject({
      sequence: 3,
      reason: 'previous_hash_mismatch',
    });
  });

  it('continues a chain from a checkpoint', () => {
    const entries = chainOf(6);
    const start = { sequence: 3, hash: entries[2]!.hash };
    expect(findChainBreak(entries.slice(3), sha256, start)).toBeUndefined();
  });

  it('hashes the same content to the same text whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"x":1,"y":2}]},"b":1}',
    );
  });
});

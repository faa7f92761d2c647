/**
 * The audit trail against someone who can write the database but does not
 * hold the key (docs/audit-trail.md): after a checkpoint, every way of
 * rewriting the trail is caught, naming the first broken entry or the
 * missing range.
 */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashInput } from '../../src/domain/audit-trail/audit-entry.js';
import type { Checkpoint } from '../../src/domain/audit-trail/checkpoint.js';
import { auditKeyFrom } from '../../src/services/audit-key.js';
import { readAuditChain } from '../../src/storage/audit-log.repository.js';
import { createAuditee, createTestContext, OPERATOR } from '../harness/services.js';
import type { TestContext } from '../harness/services.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('tampering with the audit trail', () => {
  let ctx: TestContext;
  let orgChain: string;
  let otherChain: string;
  let checkpoint: Checkpoint;

  const db = () => ctx.db.database.db;
  const rowsOf = (chain: string) =>
    db()
      .selectFrom('audit_log_entry')
      .selectAll()
      .where('chain', '=', chain)
      .orderBy('sequence')
      .execute();
  const lengthOf = async (chain: string) => (await rowsOf(chain)).length;
  const verifyWithFile = () => ctx.services.auditLog.verify({ checkpoint: clone(checkpoint) });
  const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

  /** What an attacker without the key can do best: recompute plain hashes from an entry on. */
  const rehashFrom = async (chain: string, sequence: number) => {
    let previous = '0'.repeat(64);
    for await (const page of readAuditChain(ctx.db.database, chain)) {
      for (const entry of page) {
        if (entry.sequence < sequence) {
          previous = entry.hash;
          continue;
        }
        const hash = sha256(hashInput(entry, previous));
        await db()
          .updateTable('audit_log_entry')
          .set({ previous_hash: previous, hash })
          .where('id', '=', entry.id)
          .execute();
        previous = hash;
      }
    }
  };
  const deleteNewest = async (chain: string, count: number) => {
    const length = await lengthOf(chain);
    await db()
      .deleteFrom('audit_log_entry')
      .where('chain', '=', chain)
      .where('sequence', '>', length - count)
      .execute();
    return length;
  };

  beforeEach(async () => {
    ctx = await createTestContext();
    const first = await createAuditee(ctx.services, 'Tamper Target Ltd');
    const second = await createAuditee(ctx.services, 'Bystander Ltd');
    orgChain = first.organization.id;
    otherChain = second.organization.id;
    for (let index = 0; index < 12; index += 1) {
      await ctx.services.aiSystems.create(first.manager.actor, orgChain, {
        name: `System ${index}`,
        purpose: 'Scores things',
        lifecycleStage: 'deployment',
        isInScope: true,
      });
    }
    checkpoint = await ctx.services.auditLog.checkpoint();
  });
  afterEach(async () => ctx.db.cleanup());

  it('passes an untouched trail against the file and the stored checkpoint', async () => {
    for (const result of [await verifyWithFile(), await ctx.services.auditLog.verify()]) {
      expect(result).toMatchObject({ firstBreak: null, checkpointBreak: null });
      expect(result.checkpoint?.createdAt).toBe(checkpoint.createdAt);
    }
    expect(checkpoint.chains.map((head) => head.chain)).toContain(orgChain);
  });

  it('keys every hash: the same chain hashed with plain SHA-256 fails at its first entry', async () => {
    await rehashFrom(orgChain, 1);
    expect((await verifyWithFile()).firstBreak).toMatchObject({
      chain: orgChain,
      sequence: 1,
      reason: 'hash_mismatch',
    });
  });

  it.each([1, 10])('catches the last %i entries deleted, as the missing range', async (count) => {
    const length = await deleteNewest(orgChain, count);
    const expected = {
      reason: 'entries_missing',
      chain: orgChain,
      fromSequence: length - count + 1,
      toSequence: length,
    };
    expect((await verifyWithFile()).checkpointBreak).toEqual(expected);
    expect((await ctx.services.auditLog.verify()).checkpointBreak).toEqual(expected);
  });

  it('catches every entry of one organization deleted, and of all', async () => {
    const length = await lengthOf(orgChain);
    await db().deleteFrom('audit_log_entry').where('chain', '=', orgChain).execute();
    expect((await verifyWithFile()).checkpointBreak).toEqual({
      reason: 'entries_missing',
      chain: orgChain,
      fromSequence: 1,
      toSequence: length,
    });

    await db().deleteFrom('audit_log_entry').execute();
    const [firstChain] = [...checkpoint.chains].sort((a, b) => a.chain.localeCompare(b.chain));
    expect((await verifyWithFile()).checkpointBreak).toMatchObject({
      reason: 'entries_missing',
      chain: firstChain?.chain,
      fromSequence: 1,
    });
  });

  it('catches a row altered with its hashes recomputed, at that row', async () => {
    const target = (await rowsOf(orgChain))[5];
    await db()
      .updateTable('audit_log_entry')
      .set({ after_json: JSON.stringify({ name: 'Nothing to see' }) })
      .where('id', '=', target?.id ?? '')
      .execute();
    await rehashFrom(orgChain, Number(target?.sequence));
    expect((await verifyWithFile()).firstBreak).toEqual({
      entryId: target?.id,
      chain: orgChain,
      sequence: Number(target?.sequence),
      reason: 'hash_mismatch',
    });
  });

  it('catches entries renumbered to close the gap a deletion left', async () => {
    const rows = await rowsOf(orgChain);
    const removed = rows[3];
    await db()
      .deleteFrom('audit_log_entry')
      .where('id', '=', removed?.id ?? '')
      .execute();
    for (const row of rows.slice(4)) {
      await db()
        .updateTable('audit_log_entry')
        .set({ sequence: Number(row.sequence) - 1 })
        .where('id', '=', row.id)
        .execute();
    }
    await rehashFrom(orgChain, Number(removed?.sequence));
    const result = await verifyWithFile();
    expect(result.firstBreak).toMatchObject({
      chain: orgChain,
      sequence: Number(removed?.sequence),
      reason: 'hash_mismatch',
    });
  });

  it('catches a forged entry appended at the end of a chain', async () => {
    const rows = await rowsOf(otherChain);
    const last = rows.at(-1);
    if (!last) throw new Error('the chain has entries');
    const forged = {
      ...last,
      id: '01900000-0000-7000-8000-000000000000',
      sequence: Number(last.sequence) + 1,
      action: 'membership.created',
      previous_hash: last.hash,
      hash: 'f'.repeat(64),
    };
    await db().insertInto('audit_log_entry').values(forged).execute();
    expect((await verifyWithFile()).firstBreak).toMatchObject({
      entryId: forged.id,
      sequence: forged.sequence,
      reason: 'hash_mismatch',
    });
  });

  it('catches a stored checkpoint rewritten to hide a truncation', async () => {
    const length = await deleteNewest(orgChain, 1);
    const shortened = {
      ...checkpoint,
      chains: checkpoint.chains.map((head) =>
        head.chain === orgChain ? { ...head, entries: length - 1 } : head,
      ),
    };
    await db()
      .updateTable('audit_checkpoint')
      .set({ checkpoint_json: JSON.stringify(shortened) })
      .execute();
    expect((await ctx.services.auditLog.verify()).checkpointBreak).toEqual({
      reason: 'checkpoint_forged',
    });
    await expect(ctx.services.auditLog.verify({ checkpoint: shortened })).rejects.toMatchObject({
      code: 'AUDIT_CHECKPOINT_FORGED',
    });
    expect((await verifyWithFile()).checkpointBreak).toMatchObject({ reason: 'entries_missing' });
  });

  it('refuses a checkpoint of another installation, and a file that is not one', async () => {
    const foreign = auditKeyFrom(Buffer.alloc(32, 7));
    await expect(
      ctx.services.auditLog.verify({ checkpoint: { ...checkpoint, publicKey: foreign.publicKey } }),
    ).rejects.toMatchObject({ code: 'AUDIT_CHECKPOINT_FOREIGN_KEY' });
    await expect(ctx.services.auditLog.verify({ checkpoint: { hello: 1 } })).rejects.toMatchObject({
      code: 'AUDIT_CHECKPOINT_INVALID',
    });
  });

  it('still catches a truncation with the file when the stored checkpoints are deleted too', async () => {
    const length = await deleteNewest(orgChain, 1);
    await db().deleteFrom('audit_checkpoint').execute();
    expect((await ctx.services.auditLog.verify()).checkpointBreak).toBeNull();
    expect((await verifyWithFile()).checkpointBreak).toMatchObject({
      reason: 'entries_missing',
      fromSequence: length,
    });
  });

  it('re-keys, once, a trail written before it had a key', async () => {
    await expect(ctx.services.auditLog.rekeyUnkeyedTrail(OPERATOR)).rejects.toMatchObject({
      code: 'AUDIT_LOG_ALREADY_KEYED',
    });
    await db().deleteFrom('audit_checkpoint').execute();
    const chains = [
      ...new Set(
        (await db().selectFrom('audit_log_entry').select('chain').execute()).map(
          (row) => row.chain,
        ),
      ),
    ];
    for (const chain of chains) await rehashFrom(chain, 1);
    expect((await ctx.services.auditLog.verify()).firstBreak).toMatchObject({
      reason: 'hash_mismatch',
    });

    const keyed = await ctx.services.auditLog.rekeyUnkeyedTrail(OPERATOR);
    expect(keyed.chains).toBe(chains.length);
    const after = await ctx.services.auditLog.verify();
    expect(after.firstBreak).toBeNull();
    expect(after.entries).toBe(keyed.entries + 1);
    await expect(ctx.services.auditLog.rekeyUnkeyedTrail(OPERATOR)).rejects.toMatchObject({
      code: 'AUDIT_LOG_ALREADY_KEYED',
    });
  });
});

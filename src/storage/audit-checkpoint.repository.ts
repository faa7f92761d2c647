/** Signed checkpoints kept in the database (exported copies are kept outside it). */
import type { Checkpoint } from '../domain/audit-trail/checkpoint.js';
import type { Executor } from './database.js';

export const insertCheckpoint = async (
  db: Executor,
  id: string,
  checkpoint: Checkpoint,
): Promise<void> => {
  await db
    .insertInto('audit_checkpoint')
    .values({ id, created_at: checkpoint.createdAt, checkpoint_json: JSON.stringify(checkpoint) })
    .execute();
};

/** The newest stored checkpoint as stored (parsed JSON); undefined when there is none. */
export const latestCheckpoint = async (db: Executor): Promise<unknown> => {
  const row = await db
    .selectFrom('audit_checkpoint')
    .select('checkpoint_json')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (!row) return undefined;
  try {
    return JSON.parse(row.checkpoint_json) as unknown;
  } catch {
    return null;
  }
};

export const hasAnyCheckpoint = async (db: Executor): Promise<boolean> =>
  (await db.selectFrom('audit_checkpoint').select('id').limit(1).executeTakeFirst()) !== undefined;

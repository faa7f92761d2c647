/** The AI system inventory of one organization. */
import { sql } from 'kysely';
import type { AiSystem, AiSystemSortField, LifecycleStage } from '../domain/ai-system/ai-system.js';
import type { Executor } from './database.js';

type AiSystemRow = {
  id: string;
  organization_id: string;
  name: string;
  purpose: string;
  lifecycle_stage: string;
  is_in_scope: number;
  created_at: string;
  updated_at: string;
};

const toAiSystem = (row: AiSystemRow): AiSystem => ({
  id: row.id,
  organizationId: row.organization_id,
  name: row.name,
  purpose: row.purpose,
  lifecycleStage: row.lifecycle_stage as LifecycleStage,
  isInScope: Number(row.is_in_scope) === 1,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const insertAiSystem = async (db: Executor, system: AiSystem): Promise<void> => {
  await db
    .insertInto('ai_system')
    .values({
      id: system.id,
      organization_id: system.organizationId,
      name: system.name,
      purpose: system.purpose,
      lifecycle_stage: system.lifecycleStage,
      is_in_scope: system.isInScope ? 1 : 0,
      created_at: system.createdAt,
      updated_at: system.updatedAt,
    })
    .execute();
};

export const findAiSystem = async (
  db: Executor,
  organizationId: string,
  id: string,
): Promise<AiSystem | undefined> => {
  const row = await db
    .selectFrom('ai_system')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toAiSystem(row);
};

export interface AiSystemQuery {
  readonly organizationId: string;
  readonly search?: string;
  readonly lifecycleStage?: LifecycleStage;
  readonly isInScope?: boolean;
  readonly sort: AiSystemSortField;
  readonly direction: 'asc' | 'desc';
  readonly offset: number;
  readonly limit: number;
}

const SORT_COLUMNS = {
  name: 'name',
  lifecycleStage: 'lifecycle_stage',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
} as const satisfies Record<AiSystemSortField, keyof AiSystemRow>;

/** One page of an organization's AI systems and the total that match the filters. */
export const listAiSystems = async (
  db: Executor,
  query: AiSystemQuery,
): Promise<{ items: AiSystem[]; total: number }> => {
  let base = db.selectFrom('ai_system').where('organization_id', '=', query.organizationId);
  if (query.search) {
    const pattern = `%${escapeLike(query.search.toLowerCase())}%`;
    base = base.where(
      sql<boolean>`(lower(name) like ${pattern} escape '\\' or lower(purpose) like ${pattern} escape '\\')`,
    );
  }
  if (query.lifecycleStage) base = base.where('lifecycle_stage', '=', query.lifecycleStage);
  if (query.isInScope !== undefined) base = base.where('is_in_scope', '=', query.isInScope ? 1 : 0);

  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy(
        query.sort === 'name' ? sql`lower(name)` : sql.ref(SORT_COLUMNS[query.sort]),
        query.direction,
      )
      .orderBy('id', query.direction)
      .offset(query.offset)
      .limit(query.limit)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toAiSystem), total: Number(count.total) };
};

/** Escapes LIKE wildcards so a search for "50%" finds that text and nothing more. */
const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (char) => `\\${char}`);

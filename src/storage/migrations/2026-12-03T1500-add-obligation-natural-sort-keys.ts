/**
 * Natural sort keys for the obligations register's source and reference
 * ("Art. 9" before "Art. 13"), kept beside the text by the repository and
 * indexed for each order the register offers. Existing rows get their keys
 * here, computed by a copy of the key function as it was when this was written.
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';

const naturalSortKey = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\d+/g, (digits) => {
      const number = digits.replace(/^0+(?=\d)/, '');
      return `${String(number.length).padStart(2, '0')}${number}`;
    })
    .replace(/[^\p{L}\d]+/gu, '');

/** Index name → the columns of one order of the register, tie-broken by id. */
export const OBLIGATION_NATURAL_SORT_INDEXES = {
  obligation_source_natural_idx: 'organization_id, source_sort_key, reference_sort_key, id',
  obligation_reference_natural_idx: 'organization_id, reference_sort_key, source_sort_key, id',
} as const;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('obligation')
    .addColumn('source_sort_key', 'text', (column) => column.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('obligation')
    .addColumn('reference_sort_key', 'text', (column) => column.notNull().defaultTo(''))
    .execute();
  const rows = await db.selectFrom('obligation').select(['id', 'source', 'reference']).execute();
  for (const row of rows as { id: string; source: string; reference: string }[]) {
    await db
      .updateTable('obligation')
      .set({
        source_sort_key: naturalSortKey(row.source),
        reference_sort_key: naturalSortKey(row.reference),
      })
      .where('id', '=', row.id)
      .execute();
  }
  await sql`drop index if exists obligation_list_idx`.execute(db);
  for (const [name, columns] of Object.entries(OBLIGATION_NATURAL_SORT_INDEXES)) {
    await sql`create index ${sql.id(name)} on obligation (${sql.raw(columns)})`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of Object.keys(OBLIGATION_NATURAL_SORT_INDEXES))
    await sql`drop index ${sql.id(name)}`.execute(db);
  await sql`create index obligation_list_idx on obligation (organization_id, lower(source), lower(reference), id)`.execute(
    db,
  );
  await db.schema.alterTable('obligation').dropColumn('reference_sort_key').execute();
  await db.schema.alterTable('obligation').dropColumn('source_sort_key').execute();
}

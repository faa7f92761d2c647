/** AI system inventory, full record: roles, EU AI Act classification, components, data, oversight. */
import type { ColumnDefinitionBuilder, Kysely } from 'kysely';

type Column = (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;

export async function up(db: Kysely<any>): Promise<void> {
  const columns: [string, 'text' | 'integer', Column][] = [
    ['description', 'text', (col) => col.notNull().defaultTo('')],
    ['owner_user_id', 'text', (col) => col.references('user_account.id').onDelete('set null')],
    ['ai_roles', 'text', (col) => col.notNull().defaultTo('[]')],
    ['eu_ai_act_role', 'text', (col) => col],
    ['eu_risk_class', 'text', (col) => col],
    ['eu_annex_iii_area', 'text', (col) => col],
    ['is_general_purpose_model', 'integer', (col) => col.notNull().defaultTo(0)],
    ['third_party_components', 'text', (col) => col.notNull().defaultTo('[]')],
    ['data_categories', 'text', (col) => col.notNull().defaultTo('[]')],
    ['automation_level', 'text', (col) => col],
    ['human_oversight', 'text', (col) => col.notNull().defaultTo('')],
    ['out_of_scope_reason', 'text', (col) => col],
  ];
  for (const [name, type, build] of columns) {
    await db.schema.alterTable('ai_system').addColumn(name, type, build).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of [
    'description',
    'owner_user_id',
    'ai_roles',
    'eu_ai_act_role',
    'eu_risk_class',
    'eu_annex_iii_area',
    'is_general_purpose_model',
    'third_party_components',
    'data_categories',
    'automation_level',
    'human_oversight',
    'out_of_scope_reason',
  ]) {
    await db.schema.alterTable('ai_system').dropColumn(name).execute();
  }
}

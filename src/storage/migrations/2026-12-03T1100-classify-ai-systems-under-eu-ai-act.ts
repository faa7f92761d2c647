/**
 * The AI system's EU AI Act classification in full, and the ISO/IEC 22989
 * sub-roles. Existing rows move over as follows:
 * - the single EU AI Act role becomes a list of one;
 * - the former "transparency obligations" risk class becomes minimal risk
 *   with the Art. 50 flag set (which provisions apply is left to record);
 * - a high-risk system with an Annex III area is on the Annex III route;
 * - "general-purpose AI model" used to mean "is or is built on one": a system
 *   with a risk class or a deployer, importer or distributor role is an AI
 *   system built on such a model; any other stays a general-purpose AI model.
 * Indexes serve the list's filters on one value within an organization.
 */
import { sql } from 'kysely';
import type { ColumnDefinitionBuilder, Kysely } from 'kysely';

type Column = (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;

const COLUMNS: [string, 'text' | 'integer', Column][] = [
  ['ai_sub_roles', 'text', (col) => col.notNull().defaultTo('[]')],
  ['eu_ai_act_roles', 'text', (col) => col.notNull().defaultTo('[]')],
  ['has_systemic_risk', 'integer', (col) => col.notNull().defaultTo(0)],
  ['is_built_on_gpai_model', 'integer', (col) => col.notNull().defaultTo(0)],
  ['eu_high_risk_route', 'text', (col) => col],
  ['eu_annex_i_relation', 'text', (col) => col],
  ['eu_annex_i_legislation', 'text', (col) => col.notNull().defaultTo('')],
  ['is_third_party_assessment_required', 'integer', (col) => col.notNull().defaultTo(0)],
  ['eu_derogation', 'text', (col) => col],
  ['eu_derogation_reasoning', 'text', (col) => col],
  ['has_transparency_obligations', 'integer', (col) => col.notNull().defaultTo(0)],
  ['eu_transparency_obligations', 'text', (col) => col.notNull().defaultTo('[]')],
];

/** Index name → the column filtered on, after the organization, then the default order. */
export const AI_SYSTEM_FILTER_INDEXES = {
  ai_system_owner_idx: 'owner_user_id',
  ai_system_risk_class_idx: 'eu_risk_class',
  ai_system_route_idx: 'eu_high_risk_route',
  ai_system_gpai_idx: 'is_general_purpose_model',
  ai_system_transparency_idx: 'has_transparency_obligations',
} as const;

const moveExistingRows = async (db: Kysely<any>) => {
  await sql`update ai_system set eu_ai_act_roles = '["' || eu_ai_act_role || '"]'
    where eu_ai_act_role is not null`.execute(db);
  await sql`update ai_system set eu_risk_class = 'minimal', has_transparency_obligations = 1
    where eu_risk_class = 'transparency'`.execute(db);
  await sql`update ai_system set eu_high_risk_route = 'annex_iii'
    where eu_risk_class = 'high_risk' and eu_annex_iii_area is not null`.execute(db);
  await sql`update ai_system set is_built_on_gpai_model = 1, is_general_purpose_model = 0
    where is_general_purpose_model = 1
      and (eu_risk_class is not null or eu_ai_act_role in ('deployer', 'importer', 'distributor'))`.execute(
    db,
  );
};

export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, type, build] of COLUMNS) {
    await db.schema.alterTable('ai_system').addColumn(name, type, build).execute();
  }
  await moveExistingRows(db);
  await db.schema.alterTable('ai_system').dropColumn('eu_ai_act_role').execute();
  for (const [name, column] of Object.entries(AI_SYSTEM_FILTER_INDEXES)) {
    await sql`create index ${sql.id(name)} on ai_system (organization_id, ${sql.ref(column)}, lower(name), id)`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of Object.keys(AI_SYSTEM_FILTER_INDEXES)) {
    await sql`drop index ${sql.id(name)}`.execute(db);
  }
  await db.schema.alterTable('ai_system').addColumn('eu_ai_act_role', 'text').execute();
  await sql`update ai_system set eu_ai_act_role = case
      when eu_ai_act_roles like '%"provider"%' then 'provider'
      when eu_ai_act_roles like '%"deployer"%' then 'deployer'
      when eu_ai_act_roles like '%"importer"%' then 'importer'
      when eu_ai_act_roles like '%"distributor"%' then 'distributor'
    end`.execute(db);
  await sql`update ai_system set is_general_purpose_model = 1 where is_built_on_gpai_model = 1`.execute(
    db,
  );
  for (const [name] of [...COLUMNS].reverse()) {
    await db.schema.alterTable('ai_system').dropColumn(name).execute();
  }
}

/**
 * Existing AI systems move to the full EU AI Act classification, on both
 * databases: one role becomes a list, the former transparency class becomes
 * minimal risk with the Art. 50 flag, a high-risk Annex III system gets the
 * Annex III route, and "general-purpose AI model" keeps to models.
 */
import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/storage/migrations/index.js';
import { findAiSystem, listAiSystems } from '../../src/storage/ai-system.repository.js';
import { createTestDatabase } from '../harness/database.js';
import type { TestDatabase } from '../harness/database.js';

const THIS_MIGRATION = '2026-12-03T1100-classify-ai-systems-under-eu-ai-act';

const migratorFor = (test: TestDatabase) =>
  new Migrator({
    db: test.database.db,
    provider: { getMigrations: () => Promise.resolve({ ...MIGRATIONS }) },
  });

const OLD_ROWS = [
  ['triage', 'provider', 'high_risk', 'essential_services', 0],
  ['chatbot', 'deployer', 'transparency', null, 1],
  ['model', 'provider', null, null, 1],
  ['unclassified', null, null, null, 0],
  ['high-risk, area unknown', null, 'high_risk', null, 0],
] as const;

describe('moving AI systems to the full EU AI Act classification', () => {
  let test: TestDatabase;
  const orgId = '01900000-0000-7000-8000-0000000000a1';
  const idOf = (index: number) => `01900000-0000-7000-8000-00000000000${index}`;

  beforeAll(async () => {
    test = await createTestDatabase({ migrate: false });
    const names = Object.keys(MIGRATIONS).sort();
    const before = names[names.indexOf(THIS_MIGRATION) - 1] ?? '';
    expect((await migratorFor(test).migrateTo(before)).error).toBeUndefined();
    const { db } = test.database;
    await sql`insert into organization (id, name, kind, created_at)
      values (${orgId}, 'Old Co', 'auditee', '2026-11-01T00:00:00.000Z')`.execute(db);
    for (const [index, [name, role, riskClass, area, isGpai]] of OLD_ROWS.entries()) {
      await sql`insert into ai_system (id, organization_id, name, purpose, lifecycle_stage,
          is_in_scope, created_at, updated_at, eu_ai_act_role, eu_risk_class, eu_annex_iii_area,
          is_general_purpose_model)
        values (${idOf(index)}, ${orgId}, ${name}, 'p', 'deployment', 1,
          '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z', ${role}, ${riskClass},
          ${area}, ${isGpai})`.execute(db);
    }
    expect((await migratorFor(test).migrateTo(THIS_MIGRATION)).error).toBeUndefined();
  });
  afterAll(async () => test.cleanup());

  const migrated = async (index: number) => {
    const system = await findAiSystem(test.database.db, orgId, idOf(index));
    expect(system).toBeDefined();
    return system;
  };

  it('turns the single EU AI Act role into a list of one, and none into an empty list', async () => {
    expect((await migrated(0))?.euAiActRoles).toEqual(['provider']);
    expect((await migrated(3))?.euAiActRoles).toEqual([]);
  });

  it('puts a high-risk system with an Annex III area on the Annex III route', async () => {
    expect(await migrated(0)).toMatchObject({
      euRiskClass: 'high_risk',
      euHighRiskRoute: 'annex_iii',
      euAnnexIiiArea: 'essential_services',
    });
    expect((await migrated(4))?.euHighRiskRoute).toBeNull();
  });

  it('makes the former transparency class minimal risk with the Art. 50 flag, built on its model', async () => {
    expect(await migrated(1)).toMatchObject({
      euRiskClass: 'minimal',
      hasTransparencyObligations: true,
      euTransparencyObligations: [],
      isGeneralPurposeModel: false,
      isBuiltOnGeneralPurposeModel: true,
    });
  });

  it('keeps an unclassified provider entry a general-purpose AI model', async () => {
    expect(await migrated(2)).toMatchObject({
      isGeneralPurposeModel: true,
      hasSystemicRisk: false,
      isBuiltOnGeneralPurposeModel: false,
    });
  });

  it('keeps the search index in step after the former role column is gone', async () => {
    const { db } = test.database;
    await sql`update ai_system set name = 'Renamed triage' where id = ${idOf(0)}`.execute(db);
    const found = await listAiSystems(db, {
      organizationId: orgId,
      search: 'renamed',
      sort: 'name',
      direction: 'asc',
      offset: 0,
      limit: 10,
    });
    expect(found.items.map((item) => item.id)).toEqual([idOf(0)]);
  });
});

/**
 * The migration that adds climate decisions, scope links and objective
 * planning, run over data written before it: an organization that marked
 * context issues climate-relevant keeps that as its 4.1 decision, every other
 * question stays "not yet considered", and old objectives stay quantitative.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  down,
  up,
} from '../../src/storage/migrations/2026-12-03T1400-add-climate-decisions-scope-links-objective-planning.js';
import { createTestDatabase } from '../harness/database.js';
import type { TestDatabase } from '../harness/database.js';

describe('climate decisions migration', () => {
  let db: TestDatabase | undefined;
  afterEach(async () => db?.cleanup());

  it('carries climate-relevant issues over as the 4.1 decision, and nothing else', async () => {
    db = await createTestDatabase();
    const raw = db.database.db;
    await down(raw);
    const [marked, unmarked] = [randomUUID(), randomUUID()];
    for (const id of [marked, unmarked]) {
      await raw
        .insertInto('organization')
        .values({
          id,
          name: `Org ${id}`,
          kind: 'auditee',
          created_at: '2026-11-01T00:00:00.000Z',
          require_second_factor: 0,
        })
        .execute();
    }
    const issue = (organizationId: string, title: string, flag: number, at: string) =>
      raw
        .insertInto('context_issue')
        .values({
          id: randomUUID(),
          organization_id: organizationId,
          kind: 'external',
          title,
          description: '',
          is_climate_relevant: flag,
          created_at: at,
          updated_at: at,
        })
        .execute();
    await issue(marked, 'Flood risk at the data centre', 1, '2026-11-10T08:00:00.000Z');
    await issue(marked, 'Heatwaves', 1, '2026-11-20T08:00:00.000Z');
    await issue(marked, 'Skills', 0, '2026-11-25T08:00:00.000Z');
    await issue(unmarked, 'EU AI Act', 0, '2026-11-12T08:00:00.000Z');

    await up(raw);

    const decisions = await raw.selectFrom('climate_decision').selectAll().execute();
    expect(decisions).toEqual([
      {
        id: expect.any(String),
        organization_id: marked,
        question: 'climate_issue',
        answer: 'relevant',
        reason: expect.stringContaining('Carried over'),
        decided_by_user_id: null,
        decided_at: '2026-11-20T08:00:00.000Z',
      },
    ]);
  });
});

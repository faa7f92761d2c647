/** The helpers an importer builds on: one check per row, then chunked inserts in its transaction. */
import { v7 as uuidv7 } from 'uuid';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Obligation } from '../../src/domain/obligation/obligation.js';
import { checkObligation } from '../../src/services/registers/obligation.service.js';
import { insertObligations } from '../../src/storage/obligation.repository.js';
import { orgApiForSuite } from '../harness/org-api.js';
import { createAiSystem } from '../harness/services.js';

describe('obligation import helpers', () => {
  const api = orgApiForSuite({ name: 'Importer Co' }, { manager: ['aims_manager'] });
  let systemId: string;

  beforeAll(async () => {
    systemId = (
      await createAiSystem(api.ctx.services, api.manager, api.orgId, { name: 'Imported system' })
    ).id;
  });

  const row = (
    index: number,
    details: Awaited<ReturnType<typeof checkObligation>>,
  ): Obligation => ({
    ...details,
    id: uuidv7(),
    organizationId: api.orgId,
    createdAt: '2026-12-01T09:00:00.000Z',
    updatedAt: '2026-12-01T09:00:00.000Z',
    reference: `Clause ${index}`,
  });

  const check = (input: Parameters<typeof checkObligation>[2]) =>
    checkObligation(api.ctx.db.database.db, api.orgId, input);

  it('checks a row in the organization and reports every issue at once', async () => {
    const details = await check({
      kind: 'contractual',
      source: 'Master services agreement',
      reference: '7.2',
      requirement: 'Tell the customer before changing the model',
      aiSystemIds: [systemId],
      ownerUserId: api.manager.id,
    });
    expect(details).toMatchObject({ aiSystemIds: [systemId], complianceStatus: 'not_assessed' });
    await expect(
      check({
        kind: 'treaty',
        source: '',
        reference: 'x',
        requirement: 'y',
        aiSystemIds: ['not-an-id'],
        nextReviewDate: '2027-13-01',
      }),
    ).rejects.toMatchObject({
      code: 'OBLIGATION_INVALID',
      details: {
        issues: [
          expect.objectContaining({ field: 'kind' }),
          expect.objectContaining({ field: 'source' }),
          expect.objectContaining({ field: 'nextReviewDate' }),
          expect.objectContaining({ field: 'aiSystemIds.0' }),
        ],
      },
    });
  });

  it('reports NUL characters and malformed ids from a broken file instead of failing', async () => {
    await expect(
      check({
        kind: 'legal',
        source: 'GDPR\u0000',
        reference: 'Art. 5',
        requirement: 'Lawfulness',
        ownerUserId: 'owner\u0000',
        aiSystemIds: [systemId, 'system\u0000'],
      }),
    ).rejects.toMatchObject({
      details: {
        issues: [
          { field: 'source', reason: 'must not contain the NUL character' },
          { field: 'ownerUserId', reason: 'must be a member of the organization' },
          { field: 'aiSystemIds.1', reason: 'is not an AI system of this organization' },
        ],
      },
    });
  });

  it('inserts hundreds of rows in chunks, all or nothing with the caller’s transaction', async () => {
    const db = api.ctx.db.database.db;
    const details = await check({
      kind: 'regulatory',
      source: 'Sector rulebook',
      reference: '-',
      requirement: 'Imported requirement',
      aiSystemIds: [systemId],
    });
    const rows = Array.from({ length: 450 }, (_, index) => row(index, details));
    await expect(
      db.transaction().execute(async (trx) => {
        await insertObligations(trx, rows);
        throw new Error('importer found a problem late');
      }),
    ).rejects.toThrow('importer found a problem late');
    const empty = await api.ctx.services.obligations.list(api.manager.actor, api.orgId, {});
    expect(empty.total).toBe(0);

    await db.transaction().execute((trx) => insertObligations(trx, rows));
    const page = await api.ctx.services.obligations.list(api.manager.actor, api.orgId, {
      aiSystemId: systemId,
      pageSize: 1,
    });
    expect(page.total).toBe(450);
    expect(page.items[0]).toMatchObject({ source: 'Sector rulebook', aiSystemIds: [systemId] });
  });
});

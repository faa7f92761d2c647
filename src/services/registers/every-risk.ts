/** Every risk and opportunity of an organization as the caller sees them, page by page, severest current level first. */
import { MAX_PAGE_SIZE } from '../../domain/register/list-query.js';
import type { Actor } from '../context.js';
import type { RiskService } from './risk.service.js';

type ShownRisk = Awaited<ReturnType<RiskService['list']>>['items'][number];

export const everyRisk = async (
  risks: RiskService,
  actor: Actor,
  organizationId: string,
): Promise<ShownRisk[]> => {
  const items: ShownRisk[] = [];
  for (let page = 1; ; page += 1) {
    const result = await risks.list(actor, organizationId, {
      page,
      pageSize: MAX_PAGE_SIZE,
      sort: 'residualLevel',
      direction: 'asc',
    });
    items.push(...result.items);
    if (result.items.length === 0 || items.length >= result.total) return items;
  }
};

/** The organization's audit trail, newest first, a page at a time ("Load older" follows nextBefore). */
import { infiniteQueryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.js';
import type { Schemas } from '../api/client.js';

export type AuditEntry = Schemas['AuditEntry'];

export interface AuditFilters {
  readonly entityType?: string;
  readonly entityId?: string;
  readonly action?: string;
}

const PAGE_SIZE = 50;

export const auditLogQuery = (orgId: string, filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: ['orgs', orgId, 'audit-log', filters],
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/audit-log', {
          params: {
            path: { orgId },
            query: {
              limit: PAGE_SIZE,
              ...(filters.entityType ? { entityType: filters.entityType } : {}),
              ...(filters.entityId ? { entityId: filters.entityId } : {}),
              ...(filters.action ? { action: filters.action } : {}),
              ...(pageParam !== null ? { before: pageParam } : {}),
            },
          },
          signal,
        }),
      ),
    initialPageParam: null as number | null,
    getNextPageParam: (lastPage) => lastPage.nextBefore,
  });

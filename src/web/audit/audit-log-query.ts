/** The organization's audit trail, newest first, a page at a time ("Load older" follows nextBefore). */
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.js';
import type { Schemas } from '../api/client.js';

export type AuditEntry = Schemas['AuditEntry'];

export interface AuditFilters {
  readonly entityType?: string;
  readonly entityId?: string;
  /** With entityType and entityId: also the events of the record's versions. */
  readonly includeParts?: boolean;
  readonly action?: string;
  readonly actorUserId?: string;
  /** Instants (ISO 8601): entries at or after `from`, before `to`. */
  readonly from?: string;
  readonly to?: string;
}

/** The filters as the API's query, empty ones left out. */
export const auditQueryOf = (filters: AuditFilters) => ({
  ...(filters.entityType ? { entityType: filters.entityType } : {}),
  ...(filters.entityId ? { entityId: filters.entityId } : {}),
  ...(filters.includeParts === true ? { includeParts: 'true' as const } : {}),
  ...(filters.action ? { action: filters.action } : {}),
  ...(filters.actorUserId ? { actorUserId: filters.actorUserId } : {}),
  ...(filters.from ? { from: filters.from } : {}),
  ...(filters.to ? { to: filters.to } : {}),
});

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
              ...auditQueryOf(filters),
              ...(pageParam !== null ? { before: pageParam } : {}),
            },
          },
          signal,
        }),
      ),
    initialPageParam: null as number | null,
    getNextPageParam: (lastPage) => lastPage.nextBefore,
  });

/** What the organization's trail can be filtered by: its actions and its actors. */
export const auditFacetsQuery = (orgId: string) =>
  queryOptions({
    queryKey: ['orgs', orgId, 'audit-log', 'facets'],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/orgs/{orgId}/audit-log/facets', { params: { path: { orgId } }, signal }),
      ),
  });

/** Who wrote a scope version and when, and who approved it and when. */
import { Text } from '@mantine/core';
import { DateTime } from '../../components/date-time.js';
import { useMemberName } from '../../components/prework-owner-select.js';
import type { ScopeVersion } from './scope-queries.js';

export const ScopeVersionMeta = ({ orgId, version }: { orgId: string; version: ScopeVersion }) => {
  const nameOf = useMemberName(orgId);
  return (
    <Text size="sm" c="dimmed">
      {version.approvedAt !== null && (
        <>
          Approved by <strong>{nameOf(version.approvedByUserId)}</strong> on{' '}
          <DateTime value={version.approvedAt} />
          {' · '}
        </>
      )}
      Written by {nameOf(version.authorUserId)}
      {version.status === 'in_review' && version.submittedAt !== null ? (
        <>
          , sent for review <DateTime value={version.submittedAt} />
        </>
      ) : version.status === 'draft' ? (
        <>
          , last saved <DateTime value={version.updatedAt} />
        </>
      ) : (
        <>
          , started <DateTime value={version.createdAt} dateOnly />
        </>
      )}
      {version.supersededAt !== null && (
        <>
          {' · '}Superseded on <DateTime value={version.supersededAt} />
        </>
      )}
    </Text>
  );
};

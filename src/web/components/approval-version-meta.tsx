/**
 * Who wrote a version of an approvable record and when, and who approved it
 * and when: the line under "Version N" that every approvable record shares.
 */
import { Text } from '@mantine/core';
import { DateTime } from './date-time.js';
import { useMemberName } from './prework-owner-select.js';

/** The workflow facts every approvable version carries. */
export interface ApprovalVersionFacts {
  readonly status: 'draft' | 'in_review' | 'approved' | 'superseded';
  readonly authorUserId: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly submittedAt: string | null;
  readonly approvedByUserId: string | null;
  readonly approvedAt: string | null;
  readonly supersededAt: string | null;
}

export const ApprovalVersionMeta = ({
  orgId,
  version,
}: {
  orgId: string;
  version: ApprovalVersionFacts;
}) => {
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

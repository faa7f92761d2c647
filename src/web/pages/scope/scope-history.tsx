/** Every version of the scope, newest first, each viewable as it was. */
import { Stack, Text } from '@mantine/core';
import { EntityHistory } from '../../audit/entity-history.js';
import { ApprovalVersionHistory } from '../../components/approval-version-history.js';
import { useConsidered } from './scope-considered-queries.js';
import { SCOPE_HISTORY_FIELDS } from './scope-history-fields.js';
import type { ScopeVersion } from './scope-queries.js';
import { ScopeStatusBadge } from './scope-status-badge.js';
import { ApprovalVersionMeta } from '../../components/approval-version-meta.js';
import { ScopeVersionView } from './scope-version-view.js';

export const ScopeHistory = ({
  orgId,
  versions,
}: {
  orgId: string;
  versions: readonly ScopeVersion[];
}) => {
  const considered = useConsidered(orgId);
  const recordName = (field: string, id: string) => {
    if (field === 'contextIssueIds') return considered.issueTitle(id);
    if (field === 'interestedPartyId') return considered.partyName(id);
    return undefined;
  };
  return (
    <ApprovalVersionHistory
      orgId={orgId}
      versions={versions}
      label="Scope versions"
      titleOf={(version) => `AIMS scope, version ${version.version}`}
      columns={[
        {
          header: 'People in scope',
          align: 'right',
          cell: (version) => version.totalPeopleInScope,
        },
      ]}
    >
      {(shown) => (
        <Stack gap="md">
          <Text component="div" size="sm">
            <ScopeStatusBadge status={shown.status} />
          </Text>
          <ApprovalVersionMeta orgId={orgId} version={shown} />
          <ScopeVersionView orgId={orgId} version={shown} />
          <EntityHistory
            orgId={orgId}
            entityType="scope_version"
            entityId={shown.id}
            fields={SCOPE_HISTORY_FIELDS}
            recordName={recordName}
          />
        </Stack>
      )}
    </ApprovalVersionHistory>
  );
};

/** Every version of the scope, newest first, each viewable as it was. */
import { Button, Modal, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { EntityHistory } from '../../audit/entity-history.js';
import { DateTime } from '../../components/date-time.js';
import { useMemberName } from '../../components/prework-owner-select.js';
import { SimpleTable } from '../../components/simple-table.js';
import type { SimpleColumn } from '../../components/simple-table.js';
import { useConsidered } from './scope-considered-queries.js';
import { SCOPE_HISTORY_FIELDS } from './scope-history-fields.js';
import type { ScopeVersion } from './scope-queries.js';
import { ScopeStatusBadge } from './scope-status-badge.js';
import { ScopeVersionMeta } from './scope-version-meta.js';
import { ScopeVersionView } from './scope-version-view.js';

const COLUMNS: readonly SimpleColumn[] = [
  { header: 'Version', width: 90 },
  { header: 'Status', width: 130 },
  { header: 'Written by' },
  { header: 'Approved by' },
  { header: 'Approved' },
  { header: 'People in scope', align: 'right' },
  { header: 'Actions', width: 90, isHeaderHidden: true },
];

export const ScopeHistory = ({
  orgId,
  versions,
}: {
  orgId: string;
  versions: readonly ScopeVersion[];
}) => {
  const nameOf = useMemberName(orgId);
  const [shown, setShown] = useState<ScopeVersion | null>(null);
  const considered = useConsidered(orgId);
  const recordName = (field: string, id: string) => {
    if (field === 'contextIssueIds') return considered.issueTitle(id);
    if (field === 'interestedPartyId') return considered.partyName(id);
    return undefined;
  };
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  return (
    <>
      <Paper p={0} style={{ overflow: 'hidden' }}>
        <SimpleTable label="Scope versions" minWidth={760} columns={COLUMNS}>
          {sorted.map((version) => (
            <Table.Tr key={version.id}>
              <Table.Td fw={600}>{version.version}</Table.Td>
              <Table.Td>
                <ScopeStatusBadge status={version.status} />
              </Table.Td>
              <Table.Td>{nameOf(version.authorUserId)}</Table.Td>
              <Table.Td>
                {version.approvedAt === null ? '—' : nameOf(version.approvedByUserId)}
              </Table.Td>
              <Table.Td>
                {version.approvedAt === null ? '—' : <DateTime value={version.approvedAt} />}
              </Table.Td>
              <Table.Td ta="right">{version.totalPeopleInScope}</Table.Td>
              <Table.Td>
                <Button
                  variant="subtle"
                  size="xs"
                  aria-label={`View version ${version.version}`}
                  onClick={() => setShown(version)}
                >
                  View
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </SimpleTable>
      </Paper>
      <Modal
        opened={shown !== null}
        onClose={() => setShown(null)}
        title={shown ? `AIMS scope, version ${shown.version}` : ''}
        size="xl"
      >
        {shown && (
          <Stack gap="md">
            <Text component="div" size="sm">
              <ScopeStatusBadge status={shown.status} />
            </Text>
            <ScopeVersionMeta orgId={orgId} version={shown} />
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
      </Modal>
    </>
  );
};

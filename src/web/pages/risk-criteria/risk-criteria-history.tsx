/** Every version of the risk criteria, newest first, each viewable as it was with its trail. */
import { Button, Modal, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { EntityHistory } from '../../audit/entity-history.js';
import { ApprovalVersionMeta } from '../../components/approval-version-meta.js';
import { DateTime } from '../../components/date-time.js';
import { useMemberName } from '../../components/prework-owner-select.js';
import { SimpleTable } from '../../components/simple-table.js';
import type { SimpleColumn } from '../../components/simple-table.js';
import { ScopeStatusBadge } from '../scope/scope-status-badge.js';
import type { RiskCriteriaVersion } from './risk-criteria-queries.js';
import { RiskCriteriaView } from './risk-criteria-view.js';

const COLUMNS: readonly SimpleColumn[] = [
  { header: 'Version', width: 90 },
  { header: 'Status', width: 130 },
  { header: 'Written by' },
  { header: 'Approved by' },
  { header: 'Approved' },
  { header: 'Matrix', align: 'right' },
  { header: 'Actions', width: 90, isHeaderHidden: true },
];

export const RiskCriteriaHistory = ({
  orgId,
  versions,
}: {
  orgId: string;
  versions: readonly RiskCriteriaVersion[];
}) => {
  const nameOf = useMemberName(orgId);
  const [shown, setShown] = useState<RiskCriteriaVersion | null>(null);
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  return (
    <>
      <Paper p={0} style={{ overflow: 'hidden' }}>
        <SimpleTable label="Risk criteria versions" minWidth={760} columns={COLUMNS}>
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
              <Table.Td ta="right">
                {version.criteria.likelihood.levels.length} ×{' '}
                {version.criteria.consequence.levels.length}
              </Table.Td>
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
        title={shown ? `AI risk criteria, version ${shown.version}` : ''}
        size="xl"
      >
        {shown && (
          <Stack gap="md">
            <Text component="div" size="sm">
              <ScopeStatusBadge status={shown.status} />
            </Text>
            <ApprovalVersionMeta orgId={orgId} version={shown} />
            <RiskCriteriaView criteria={shown.criteria} />
            <EntityHistory orgId={orgId} entityType="risk_criteria_version" entityId={shown.id} />
          </Stack>
        )}
      </Modal>
    </>
  );
};

/** The SoA as a table grouped by control objective: one row per control, with its badges and links. */
import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { CalendarDate } from '../../components/prework-calendar-date.js';
import { useMemberName } from '../../components/prework-owner-select.js';
import { orgPath } from '../../orgs/current-org.js';
import { ApplicabilityBadge, ReviewDueBadge, StatusBadge } from './soa-labels.js';
import type { SoaEntryRow } from './soa-queries.js';

/** How many items prove the control, the newest evidence date, and any that are stale, in words. */
const EvidenceSummary = ({ counts }: { counts: SoaEntryRow['linkCounts'] }) => {
  if (counts.evidence === 0)
    return (
      <Text size="sm" c="dimmed">
        None
      </Text>
    );
  const { expired, expiring } = counts.evidenceByFreshness;
  return (
    <Stack gap={2}>
      <Text size="sm">
        {counts.evidence} {counts.evidence === 1 ? 'item' : 'items'}
        {counts.latestEvidenceDate && (
          <>
            , latest <CalendarDate value={counts.latestEvidenceDate} />
          </>
        )}
      </Text>
      <Group gap={4}>
        {expired > 0 && (
          <Badge color="red" variant="light" radius="sm">
            {expired} expired
          </Badge>
        )}
        {expiring > 0 && (
          <Badge color="yellow" variant="light" radius="sm">
            {expiring} expiring
          </Badge>
        )}
      </Group>
    </Stack>
  );
};

export const SoaTable = ({
  orgId,
  entries,
  objectives,
  onEdit,
}: {
  orgId: string;
  entries: readonly SoaEntryRow[];
  objectives: readonly { id: string; title: string }[];
  onEdit?: ((entry: SoaEntryRow) => void) | undefined;
}) => {
  const nameOf = useMemberName(orgId);
  const groups = objectives
    .map((objective) => ({
      objective,
      entries: entries.filter((entry) => entry.objectiveId === objective.id),
    }))
    .filter((group) => group.entries.length > 0);
  if (groups.length === 0)
    return (
      <Text c="dimmed" size="sm">
        No control matches the filters.
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={1040}>
      <Table verticalSpacing="xs" aria-label="Statement of Applicability">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Control</Table.Th>
            <Table.Th>Applicability</Table.Th>
            <Table.Th>Justification</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th>Linked</Table.Th>
            <Table.Th>Evidence</Table.Th>
            {onEdit && <Table.Th aria-label="Actions" />}
          </Table.Tr>
        </Table.Thead>
        {groups.map(({ objective, entries: rows }) => (
          <Table.Tbody key={objective.id}>
            <Table.Tr>
              <Table.Th
                colSpan={onEdit ? 8 : 7}
                bg="var(--mantine-color-gray-light)"
                scope="colgroup"
              >
                {objective.id === 'ORG' ? objective.title : `${objective.id} ${objective.title}`}
              </Table.Th>
            </Table.Tr>
            {rows.map((entry) => (
              <Table.Tr key={entry.controlId} data-control={entry.controlId}>
                <Table.Td>
                  <Anchor component={Link} to={orgPath(orgId, 'soa', entry.controlId)} fw={600}>
                    {entry.controlId}
                  </Anchor>
                  <Text size="sm">{entry.title}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <ApplicabilityBadge value={entry.applicability} />
                    {entry.isReviewDue && <ReviewDueBadge />}
                  </Group>
                </Table.Td>
                <Table.Td maw={320}>
                  <Text
                    size="sm"
                    lineClamp={3}
                    c={entry.justification === '' ? 'dimmed' : 'inherit'}
                  >
                    {entry.justification === '' ? 'No justification yet' : entry.justification}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <StatusBadge value={entry.implementationStatus} />
                </Table.Td>
                <Table.Td>{nameOf(entry.ownerUserId)}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Badge variant="default">{entry.linkCounts.risks} risks</Badge>
                    <Badge variant="default">{entry.linkCounts.treatmentActions} actions</Badge>
                    <Badge variant="default">{entry.linkCounts.measures} measures</Badge>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <EvidenceSummary counts={entry.linkCounts} />
                </Table.Td>
                {onEdit && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => onEdit(entry)}
                      aria-label={`Edit ${entry.controlId}`}
                    >
                      Edit
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        ))}
      </Table>
    </Table.ScrollContainer>
  );
};

/**
 * The evidence of one control with its freshness, for any page about a
 * control (the Statement of Applicability's control page): each item links
 * to its record. Takes an Annex A control id (A.6.2.4) or an organization
 * control's id.
 */
import { Anchor, Code, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { messageOf } from '../../api/client.js';
import { orgPath } from '../../orgs/current-org.js';
import { useEvidenceList } from './evidence-queries.js';
import { FreshnessBadge } from './freshness-badge.js';

export interface ControlEvidenceProps {
  readonly orgId: string;
  readonly controlId: string;
}

export const ControlEvidence = ({ orgId, controlId }: ControlEvidenceProps) => {
  const list = useEvidenceList(orgId, { controlId, pageSize: 200, sort: 'validUntil' });
  if (list.isPending) return <Loader size="sm" aria-label="Loading evidence" />;
  if (list.isError)
    return (
      <Text size="sm" c="red">
        {messageOf(list.error)}
      </Text>
    );
  const items = list.data.items;
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No evidence for {controlId} yet.
      </Text>
    );
  return (
    <Table striped withTableBorder aria-label={`Evidence for ${controlId}`}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Evidence</Table.Th>
          <Table.Th>Version</Table.Th>
          <Table.Th>Evidence date</Table.Th>
          <Table.Th>Valid until</Table.Th>
          <Table.Th>Freshness</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr key={item.id}>
            <Table.Td>
              <Stack gap={2}>
                <Anchor component={Link} to={orgPath(orgId, 'evidence', item.id)} size="sm">
                  {item.title}
                </Anchor>
                {item.current.file && (
                  <Group gap={4}>
                    <Text size="xs" c="dimmed">
                      SHA-256
                    </Text>
                    <Code fz="xs">{item.current.file.sha256.slice(0, 16)}…</Code>
                  </Group>
                )}
              </Stack>
            </Table.Td>
            <Table.Td>{item.currentVersion}</Table.Td>
            <Table.Td>{item.evidenceDate}</Table.Td>
            <Table.Td>{item.validUntil ?? '—'}</Table.Td>
            <Table.Td>
              <FreshnessBadge freshness={item.freshness} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
};

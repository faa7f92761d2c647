/**
 * The evidence of one control with its freshness, as the Statement of
 * Applicability gives it (the live SoA, or a version's frozen snapshot):
 * each item links to its record, with its file's SHA-256 or its link.
 */
import { Anchor, Code, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { CalendarDate } from '../../components/prework-calendar-date.js';
import { orgPath } from '../../orgs/current-org.js';
import type { Freshness } from './evidence-queries.js';
import { FreshnessBadge } from './freshness-badge.js';

export interface ControlEvidenceItem {
  readonly evidenceId: string;
  readonly title: string;
  readonly kind: 'file' | 'link';
  readonly version: number;
  readonly evidenceDate: string;
  readonly validUntil: string | null;
  readonly sha256: string | null;
  readonly url: string | null;
  readonly freshness: Freshness;
}

export interface ControlEvidenceProps {
  readonly orgId: string;
  readonly controlId: string;
  readonly items: readonly ControlEvidenceItem[];
}

export const ControlEvidence = ({ orgId, controlId, items }: ControlEvidenceProps) => {
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No evidence for {controlId} yet.
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={640}>
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
            <Table.Tr key={item.evidenceId}>
              <Table.Td>
                <Stack gap={2}>
                  <Anchor
                    component={Link}
                    to={orgPath(orgId, 'evidence', item.evidenceId)}
                    size="sm"
                  >
                    {item.title}
                  </Anchor>
                  {item.sha256 !== null && (
                    <Group gap={4}>
                      <Text size="xs" c="dimmed">
                        SHA-256
                      </Text>
                      <Code fz="xs" title={item.sha256}>
                        {item.sha256.slice(0, 16)}…
                      </Code>
                    </Group>
                  )}
                  {item.url !== null && (
                    <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                      {item.url}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>{item.version}</Table.Td>
              <Table.Td>
                <CalendarDate value={item.evidenceDate} />
              </Table.Td>
              <Table.Td>
                {item.validUntil ? <CalendarDate value={item.validUntil} /> : '—'}
              </Table.Td>
              <Table.Td>
                <FreshnessBadge freshness={item.freshness} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};

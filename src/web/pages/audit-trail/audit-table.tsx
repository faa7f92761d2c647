/** Audit-trail entries: when, who, what, on which record, and the entry's hash; details unfold per row. */
import { Anchor, Button, Code, CopyButton, Group, Table, Text, Tooltip } from '@mantine/core';
import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import type { AuditEntry } from '../../audit/audit-log-query.js';
import { actionLabel, entityLabel, recordPathOf, shortHash } from '../../audit/audit-labels.js';
import { ChangeDetails } from '../../audit/change-details.js';
import { useValueNames } from '../../audit/use-value-names.js';
import { DateTime } from '../../components/date-time.js';
import { SimpleTable } from '../../components/simple-table.js';
import type { SimpleColumn } from '../../components/simple-table.js';
import { TableSkeletonRows } from '../../components/table-skeleton.js';
import { orgPath } from '../../orgs/current-org.js';

const COLUMNS: readonly SimpleColumn[] = [
  { header: '#', width: 70 },
  { header: 'When', width: 190 },
  { header: 'Actor' },
  { header: 'Action' },
  { header: 'Record' },
  { header: 'Hash', width: 170 },
];

const EntityCell = ({ entry, orgId }: { entry: AuditEntry; orgId: string }) => {
  const label = entityLabel(entry.entityType);
  const id = <Code title={entry.entityId}>{entry.entityId.slice(-8)}</Code>;
  const path = recordPathOf(entry);
  if (path) {
    return (
      <Anchor component={Link} to={orgPath(orgId, ...path)} size="sm">
        {label} {id}
      </Anchor>
    );
  }
  return (
    <Text size="sm">
      {label} {id}
    </Text>
  );
};

const HashCell = ({ hash }: { hash: string }) => (
  <CopyButton value={hash}>
    {({ copied, copy }) => (
      <Tooltip label={copied ? 'Copied' : `Copy SHA-256 ${hash}`} multiline maw={320}>
        <Button variant="subtle" color="gray" size="compact-xs" ff="monospace" onClick={copy}>
          <span className="visually-hidden">Copy hash </span>
          {shortHash(hash)}…
        </Button>
      </Tooltip>
    )}
  </CopyButton>
);

export const AuditTable = ({
  entries,
  orgId,
}: {
  entries: AuditEntry[] | undefined;
  orgId: string;
}) => {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const names = useValueNames(orgId);
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <SimpleTable label="Audit trail" minWidth={880} columns={COLUMNS}>
      {entries === undefined ? (
        <TableSkeletonRows columns={COLUMNS.length} />
      ) : (
        entries.map((entry) => {
          const isOpen = open.has(entry.id);
          const detailsId = `audit-details-${entry.id}`;
          return (
            <Fragment key={entry.id}>
              <Table.Tr>
                <Table.Td>
                  <Text size="sm" c="dimmed" ff="monospace">
                    {entry.sequence}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    <DateTime value={entry.at} />
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{entry.actorLabel}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Button
                      variant="subtle"
                      color="dark"
                      size="compact-sm"
                      fw={500}
                      onClick={() => toggle(entry.id)}
                      aria-expanded={isOpen}
                      aria-controls={detailsId}
                      title={entry.action}
                    >
                      {isOpen ? '▾' : '▸'} {actionLabel(entry.action)}
                    </Button>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <EntityCell entry={entry} orgId={orgId} />
                </Table.Td>
                <Table.Td>
                  <HashCell hash={entry.hash} />
                </Table.Td>
              </Table.Tr>
              {isOpen && (
                <Table.Tr id={detailsId}>
                  <Table.Td colSpan={COLUMNS.length} bg="gray.0">
                    <Text size="xs" c="dimmed" mb="xs">
                      Action code <Code>{entry.action}</Code> · record id{' '}
                      <Code>{entry.entityId}</Code> · previous hash{' '}
                      <Code>{shortHash(entry.previousHash)}…</Code>
                    </Text>
                    <ChangeDetails before={entry.before} after={entry.after} names={names} />
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          );
        })
      )}
    </SimpleTable>
  );
};

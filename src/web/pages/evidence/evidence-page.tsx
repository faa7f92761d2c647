/**
 * The evidence register: what shows each clause and Annex A control
 * operates, with how current it is. Filters by control, freshness and owner,
 * a text search, paging; adding evidence in a dialog; the evidence index as
 * a spreadsheet.
 */
import {
  Anchor,
  Button,
  Group,
  Pagination,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { messageOf } from '../../api/client.js';
import { ExportMenu } from '../../components/export-menu.js';
import { PageHeader } from '../../components/page-header.js';
import { useMemberName, useMemberOptions } from '../../components/prework-owner-select.js';
import { orgPath, useCurrentOrg } from '../../orgs/current-org.js';
import { catalogQuery } from '../catalog/catalog-query.js';
import { AddEvidenceModal } from './add-evidence-modal.js';
import { useEvidenceList } from './evidence-queries.js';
import type { Freshness } from './evidence-queries.js';
import { FRESHNESS_LABELS, FreshnessBadge } from './freshness-badge.js';

const PAGE_SIZE = 25;
const FRESHNESS_CHOICES = (Object.keys(FRESHNESS_LABELS) as Freshness[]).map((value) => ({
  value,
  label: FRESHNESS_LABELS[value],
}));

const isFreshness = (value: string | null): value is Freshness =>
  value !== null && value in FRESHNESS_LABELS;

export const EvidencePage = () => {
  const orgId = useCurrentOrg().organization.id;
  const [params, setParams] = useSearchParams();
  const [isAdding, setAdding] = useState(false);
  const catalog = useQuery(catalogQuery);
  const members = useMemberOptions(orgId);
  const ownerName = useMemberName(orgId);
  const controlId = params.get('control');
  const freshness = params.get('freshness');
  const owner = params.get('owner');
  const search = params.get('search') ?? '';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const list = useEvidenceList(orgId, {
    ...(controlId ? { controlId } : {}),
    ...(isFreshness(freshness) ? { freshness } : {}),
    ...(owner ? { ownerUserId: owner } : {}),
    ...(search.trim() ? { search: search.trim() } : {}),
    page,
    pageSize: PAGE_SIZE,
  });
  const setParam = (name: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === null || value === '') next.delete(name);
        else next.set(name, value);
        if (name !== 'page') next.delete('page');
        return next;
      },
      { replace: true },
    );
  const mayCreate = list.data?.availableActions.includes('create') ?? false;
  const mayExport = list.data?.availableActions.includes('export') ?? false;
  const controls = (catalog.data?.annexA.controls ?? []).map((control) => ({
    value: control.id,
    label: `${control.id} ${control.title}`,
  }));

  return (
    <>
      <PageHeader
        title="Evidence"
        description="What shows the AIMS operates — reports, records, sign-offs, pages — for each clause and Annex A control, with the date it proves and how long it holds. Auditors sample it at Stage 2."
        actions={
          <Group gap="xs">
            {mayExport && (
              <ExportMenu
                orgId={orgId}
                sources={[{ register: 'evidence', label: 'Evidence index' }]}
              />
            )}
            {mayCreate && <Button onClick={() => setAdding(true)}>Add evidence</Button>}
          </Group>
        }
      />
      <Stack gap="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label="Search"
            placeholder="Title or description"
            value={search}
            onChange={(event) => setParam('search', event.currentTarget.value)}
            w={240}
          />
          <Select
            label="Control"
            placeholder="Any control"
            data={controls}
            value={controlId}
            onChange={(value) => setParam('control', value)}
            searchable
            clearable
            w={260}
          />
          <Select
            label="Freshness"
            placeholder="Any"
            data={FRESHNESS_CHOICES}
            value={isFreshness(freshness) ? freshness : null}
            onChange={(value) => setParam('freshness', value)}
            clearable
            w={160}
          />
          <Select
            label="Owner"
            placeholder="Anyone"
            data={members.options}
            value={owner}
            onChange={(value) => setParam('owner', value)}
            searchable
            clearable
            w={200}
          />
        </Group>
        {list.isError ? (
          <Text c="red">{messageOf(list.error)}</Text>
        ) : list.data && list.data.items.length === 0 ? (
          <Text c="dimmed">
            {list.data.total === 0 && !controlId && !freshness && !owner && !search
              ? 'No evidence yet. Add the reports, records and pages that show your controls operate.'
              : 'No evidence matches these filters.'}
          </Text>
        ) : (
          <Table striped highlightOnHover withTableBorder aria-label="Evidence" miw={900}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Evidence</Table.Th>
                <Table.Th>Controls</Table.Th>
                <Table.Th>Owner</Table.Th>
                <Table.Th>Version</Table.Th>
                <Table.Th>Evidence date</Table.Th>
                <Table.Th>Valid until</Table.Th>
                <Table.Th>Freshness</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(list.data?.items ?? []).map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={orgPath(orgId, 'evidence', item.id)}
                      size="sm"
                      fw={600}
                    >
                      {item.title}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {item.kind === 'file'
                        ? (item.current.file?.name ?? 'File')
                        : (item.current.url ?? 'Link')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{item.links.controlIds.join(', ') || '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{item.ownerUserId ? ownerName(item.ownerUserId) : '—'}</Text>
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
        )}
        {list.data && list.data.total > PAGE_SIZE && (
          <Pagination
            total={Math.ceil(list.data.total / PAGE_SIZE)}
            value={page}
            onChange={(next) => setParam('page', String(next))}
            aria-label="Pages of evidence"
          />
        )}
      </Stack>
      {isAdding && (
        <AddEvidenceModal
          orgId={orgId}
          {...(controlId ? { controlId } : {})}
          onClose={() => setAdding(false)}
        />
      )}
    </>
  );
};

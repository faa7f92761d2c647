/** The interested parties tab: search and filters in the URL, the table, paging, the party drawer, add and edit. */
import { Button, Group, Paper, Select, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorState } from '../../components/error-state.js';
import { usePageSearchParams } from '../../components/use-page-search-params.js';
import { RegisterPagination } from '../../registers/register-pagination.js';
import {
  hasPartyFilters,
  readPartyParams,
  writePartyParams,
  type PartyListParams,
} from './context-list-params.js';
import { ContextFilters } from './context-filters.js';
import { interestedPartiesQuery, type InterestedParty } from './context-queries.js';
import { ListEmpty, emptyReasonOf } from '../../registers/list-empty.js';
import { PartiesTable } from './parties-table.js';
import { PartyDrawer } from './party-drawer.js';
import { PartyFormModal } from './party-form-modal.js';

const OPEN_OPTIONS = [
  { value: 'true', label: 'Some not addressed' },
  { value: 'false', label: 'All addressed' },
];

/** Closed, adding (no party) or editing a party. */
type Editing = { party: InterestedParty | undefined } | null;

export const PartiesTab = ({ orgId, canWrite }: { orgId: string; canWrite: boolean }) => {
  const [searchParams, setSearchParams] = usePageSearchParams();
  const params = readPartyParams(searchParams);
  const list = useQuery(interestedPartiesQuery(orgId, params));
  const [editing, setEditing] = useState<Editing>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const opened = list.data?.items.find((party) => party.id === openId);

  const update = (changes: Partial<PartyListParams>, { keepPage = false } = {}) =>
    setSearchParams(
      (current) =>
        writePartyParams({
          ...readPartyParams(current),
          ...changes,
          ...(keepPage ? {} : { page: 1 }),
        }),
      'page' in changes,
    );

  const addButton = canWrite ? (
    <Button onClick={() => setEditing({ party: undefined })}>Add interested party</Button>
  ) : undefined;
  const emptyReason = emptyReasonOf(list.data, hasPartyFilters(params));

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="md" wrap="wrap">
        <div style={{ flex: 1 }}>
          <ContextFilters
            searchLabel="Search interested parties"
            placeholder="Name or notes"
            search={params.search}
            kind={params.kind}
            onSearch={(search) => update({ search })}
            onKind={(kind) => update({ kind })}
          >
            <Select
              label="Requirements"
              placeholder="All parties"
              data={OPEN_OPTIONS}
              value={params.open}
              onChange={(value) =>
                update({ open: value === 'true' || value === 'false' ? value : null })
              }
              clearable
              w={220}
            />
          </ContextFilters>
        </div>
        {addButton}
      </Group>
      {list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Paper p={0} style={{ overflow: 'hidden' }}>
          {emptyReason ? (
            <ListEmpty
              reason={emptyReason}
              noun="interested parties"
              noneDescription="List who has a stake in the AIMS — regulators, customers, the people AI systems decide about, staff, suppliers — with their requirements and how the AIMS addresses each."
              addButton={addButton}
              onClearFilters={() => update({ search: '', kind: null, open: null })}
              onFirstPage={() => update({ page: 1 })}
            />
          ) : (
            <PartiesTable
              orgId={orgId}
              items={list.data?.items}
              isRefreshing={list.isPlaceholderData}
              onOpen={(party) => setOpenId(party.id)}
              onEdit={(party) => setEditing({ party })}
            />
          )}
        </Paper>
      )}
      {list.data && list.data.total > 0 && (
        <RegisterPagination
          page={params.page}
          pageSize={params.pageSize}
          total={list.data.total}
          onPage={(page) => update({ page }, { keepPage: true })}
          onPageSize={(pageSize) => update({ pageSize })}
        />
      )}
      <PartyDrawer
        party={editing ? undefined : opened}
        onClose={() => setOpenId(null)}
        onEdit={(party) => setEditing({ party })}
      />
      {editing && (
        <PartyFormModal orgId={orgId} party={editing.party} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
};

/**
 * The interested parties tab (clause 4.2): name (opens the requirements),
 * kind, how many requirements the AIMS addresses, notes, last change; search
 * and filters in the URL, the party drawer, add, edit and delete as each row
 * and the list allow.
 */
import { Button, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import type { RegisterRow } from '../../registers/register-queries.js';
import { RegisterList } from '../../registers/register-list.js';
import type { RegisterColumn } from '../../registers/register-table.js';
import { lastUpdatedColumn, rowActionsColumn } from '../../registers/register-columns.js';
import { useRegister } from '../../registers/use-register.js';
import { useRegisterView } from '../../registers/use-register-view.js';
import { ContextKindBadge } from './context-kind-badge.js';
import { useDeleteInterestedParty } from './context-queries.js';
import { PARTIES_URL } from './context-tabs.js';
import { PartyDrawer } from './party-drawer.js';
import { PartyFormModal } from './party-form-modal.js';
import { RequirementsProgress } from './requirements-progress.js';

type InterestedParty = RegisterRow<'interested-parties'>;

/** Closed, adding (no party) or editing a party. */
type Editing = { party: InterestedParty | undefined } | null;

const FILTER_LOOKS = {
  kind: { placeholder: 'Internal and external', width: 200 },
  hasUnaddressed: { placeholder: 'All parties' },
};

interface ColumnHandlers {
  readonly onOpen: (party: InterestedParty) => void;
  readonly onEdit: (party: InterestedParty) => void;
}

const useColumns = (orgId: string, { onOpen, onEdit }: ColumnHandlers) => {
  const remove = useDeleteInterestedParty(orgId);
  const columns: RegisterColumn<InterestedParty>[] = [
    {
      header: 'Interested party',
      width: '26%',
      cell: (party) => (
        <UnstyledButton
          className="row-link"
          onClick={() => onOpen(party)}
          aria-haspopup="dialog"
          fz="sm"
        >
          {party.name}
        </UnstyledButton>
      ),
    },
    { header: 'Kind', width: 110, cell: (party) => <ContextKindBadge kind={party.kind} /> },
    {
      header: 'Requirements addressed',
      width: 170,
      cell: (party) => (
        <RequirementsProgress addressed={party.addressedCount} total={party.requirementCount} />
      ),
    },
    {
      header: 'Notes',
      cell: (party) => (
        <Text size="sm" c="dimmed" lineClamp={2}>
          {party.notes === '' ? '—' : party.notes}
        </Text>
      ),
    },
    lastUpdatedColumn(),
    rowActionsColumn({
      one: 'Interested party',
      nameOf: (party) => party.name,
      deleteMessage: (party) =>
        `“${party.name}” and its ${party.requirementCount} requirement(s) will be removed. The audit trail keeps what they said.`,
      remove,
      onEdit,
    }),
  ];
  return columns;
};

export const PartiesTab = ({ orgId }: { orgId: string }) => {
  const { register, codec } = useRegister('interested-parties', PARTIES_URL);
  const view = useRegisterView(orgId, 'interested-parties', codec);
  const [editing, setEditing] = useState<Editing>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const opened = view.list.data?.items.find((party) => party.id === openId);
  const columns = useColumns(orgId, {
    onOpen: (party) => setOpenId(party.id),
    onEdit: (party) => setEditing({ party }),
  });
  const addButton = view.may('create') ? (
    <Button onClick={() => setEditing({ party: undefined })}>Add interested party</Button>
  ) : undefined;
  return (
    <>
      <RegisterList<'interested-parties'>
        orgId={orgId}
        register={register}
        codec={codec}
        view={view}
        noneDescription="List who has a stake in the AIMS — regulators, customers, the people AI systems decide about, staff, suppliers — with their requirements and how the AIMS addresses each."
        search={{ label: 'Search interested parties', placeholder: 'Name or notes' }}
        filterLooks={FILTER_LOOKS}
        columns={columns}
        tableMinWidth={860}
        {...(addButton ? { addButton, tool: addButton } : {})}
      />
      <PartyDrawer
        party={editing ? undefined : opened}
        onClose={() => setOpenId(null)}
        onEdit={(party) => setEditing({ party })}
      />
      {editing && (
        <PartyFormModal orgId={orgId} record={editing.party} onClose={() => setEditing(null)} />
      )}
    </>
  );
};

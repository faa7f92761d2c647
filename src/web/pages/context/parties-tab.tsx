/**
 * The interested parties tab (clause 4.2): name (opens the requirements),
 * kind, how many requirements the AIMS addresses, notes, last change; search
 * and filters in the URL, the party drawer, add, edit and delete as each row
 * and the list allow.
 */
import { Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import type { RegisterRow } from '../../registers/register-queries.js';
import { RegisterTab } from '../../registers/register-tab.js';
import type { RegisterColumn } from '../../registers/register-table.js';
import { ContextKindBadge } from './context-kind-badge.js';
import { PARTIES_URL } from './context-tabs.js';
import { PartyDrawer } from './party-drawer.js';
import { PartyFormModal } from './party-form-modal.js';
import { RequirementsProgress } from './requirements-progress.js';

type InterestedParty = RegisterRow<'interested-parties'>;

const FILTER_LOOKS = {
  kind: { placeholder: 'Internal and external', width: 200 },
  hasUnaddressed: { placeholder: 'All parties' },
};

const columnsOf = (onOpen: (party: InterestedParty) => void): RegisterColumn<InterestedParty>[] => [
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
];

export const PartiesTab = ({ orgId }: { orgId: string }) => {
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <RegisterTab
      orgId={orgId}
      registerKey="interested-parties"
      url={PARTIES_URL}
      noneDescription="List who has a stake in the AIMS — regulators, customers, the people AI systems decide about, staff, suppliers — with their requirements and how the AIMS addresses each."
      searchPlaceholder="Name or notes"
      filterLooks={FILTER_LOOKS}
      columns={columnsOf((party) => setOpenId(party.id))}
      tableMinWidth={860}
      addLabel="Add interested party"
      form={PartyFormModal}
      deleteMessage={(party) =>
        `“${party.name}” and its ${party.requirementCount} requirement(s) will be removed. The audit trail keeps what they said.`
      }
    >
      {({ rows, isEditing, edit }) => (
        <PartyDrawer
          party={isEditing ? undefined : rows?.find((party) => party.id === openId)}
          onClose={() => setOpenId(null)}
          onEdit={edit}
        />
      )}
    </RegisterTab>
  );
};

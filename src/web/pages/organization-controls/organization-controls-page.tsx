/**
 * The organization's own controls (clause 6.1.3): controls beyond Annex A
 * that risk treatment actions put in place, each with its reference (ORG-1 …),
 * owner and the Annex A objective or control it relates to, and how many
 * treatment actions link it. Added, changed and deleted in a dialog on the
 * page; exported as a spreadsheet.
 */
import { Text } from '@mantine/core';
import { ExportMenu } from '../../components/export-menu.js';
import { PageHeader } from '../../components/page-header.js';
import { useMemberName } from '../../components/prework-owner-select.js';
import { useCurrentOrg } from '../../orgs/current-org.js';
import type { RegisterRow } from '../../registers/register-queries.js';
import { RegisterTab } from '../../registers/register-tab.js';
import type { RegisterColumn } from '../../registers/register-table.js';
import { useRegister } from '../../registers/use-register.js';
import { useRegisterView } from '../../registers/use-register-view.js';
import { OrganizationControlFormModal } from './organization-control-form-modal.js';

type OrganizationControl = RegisterRow<'organization-controls'>;

const URL_SHAPE = {
  urlNames: {
    ownerUserId: 'owner',
    annexAObjectiveId: 'objective',
    annexAControlId: 'control',
  },
};

const FILTER_LOOKS = {
  annexAObjectiveId: { placeholder: 'Any objective', width: 220 },
  annexAControlId: { placeholder: 'Any control', width: 220 },
};

const useColumns = (orgId: string): RegisterColumn<OrganizationControl>[] => {
  const ownerName = useMemberName(orgId);
  return [
    {
      header: 'Reference',
      sort: 'controlId',
      width: 110,
      nowrap: true,
      cell: (control) => (
        <Text size="sm" fw={600}>
          {control.controlId}
        </Text>
      ),
    },
    {
      header: 'Control',
      sort: 'title',
      cell: (control) => (
        <>
          <Text size="sm">{control.title}</Text>
          {control.description !== '' && (
            <Text size="sm" c="dimmed" lineClamp={2} mt={2}>
              {control.description}
            </Text>
          )}
        </>
      ),
    },
    {
      header: 'Annex A',
      width: 130,
      cell: (control) =>
        control.annexAControlId === null && control.annexAObjectiveId === null ? (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ) : (
          <Text size="sm">{control.annexAControlId ?? control.annexAObjectiveId}</Text>
        ),
    },
    {
      header: 'Owner',
      width: 150,
      cell: (control) =>
        control.ownerUserId === null ? (
          <Text size="sm" c="dimmed">
            Nobody yet
          </Text>
        ) : (
          <Text size="sm" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
            {ownerName(control.ownerUserId)}
          </Text>
        ),
    },
    {
      header: 'Treatment actions',
      width: 110,
      cell: (control) => <Text size="sm">{control.treatmentActionCount}</Text>,
    },
  ];
};

export const OrganizationControlsPage = () => {
  const orgId = useCurrentOrg().organization.id;
  const { register, codec } = useRegister('organization-controls', URL_SHAPE);
  // The same list the tab shows (one query): what it says the user may do with the register.
  const view = useRegisterView(orgId, 'organization-controls', codec);
  const columns = useColumns(orgId);
  return (
    <>
      <PageHeader
        title={register.many}
        description="The organization’s own controls, beyond those of Annex A, that risk treatment actions put in place: each with its reference, its owner and the Annex A objective or control it relates to."
        actions={
          view.may('export') ? (
            <ExportMenu
              orgId={orgId}
              sources={[{ register: 'organization-controls', label: 'Organization controls' }]}
            />
          ) : undefined
        }
      />
      <RegisterTab
        orgId={orgId}
        registerKey="organization-controls"
        url={URL_SHAPE}
        noneDescription="Record the controls of your own that treat AI risks where no Annex A control fits — a review board, a supplier clause, a monitoring routine — so that treatment actions can cite them by reference."
        searchPlaceholder="Reference, title or description"
        filterLooks={FILTER_LOOKS}
        columns={columns}
        tableMinWidth={900}
        addLabel="Add control"
        form={OrganizationControlFormModal}
        deleteMessage={(control) =>
          `“${control.controlId} ${control.title}” will be removed from the organization controls. The audit trail keeps what it said.`
        }
      />
    </>
  );
};

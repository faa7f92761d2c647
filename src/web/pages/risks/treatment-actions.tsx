/**
 * A risk's treatment actions (clause 6.1.3, 8.3): what is done about it, by
 * whom and when, how far it is, and the controls each puts in place; added,
 * changed and removed by those who may change the risk.
 */
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { ConfirmButton } from '../../components/confirm-button.js';
import { notifyFailure, notifySuccess } from '../../components/notify.js';
import { CalendarDate } from '../../components/prework-calendar-date.js';
import { DetailSection } from '../../components/prework-detail-section.js';
import { useMemberName } from '../../components/prework-owner-select.js';
import { SimpleTable } from '../../components/simple-table.js';
import type { SimpleColumn } from '../../components/simple-table.js';
import { WHOLE_BADGE } from './risk-badges.js';
import { ACTION_STATUS_COLOURS, ACTION_STATUS_LABELS } from './risk-labels.js';
import type { Risk, TreatmentAction } from './risk-labels.js';
import { useRemoveTreatmentAction } from './risk-queries.js';
import { TreatmentActionFormModal } from './treatment-action-form-modal.js';

const COLUMNS: readonly SimpleColumn[] = [
  { header: 'Action' },
  { header: 'Owner', width: 130 },
  { header: 'Due', width: 110 },
  { header: 'Status', width: 110 },
  { header: 'Controls', width: 160 },
];

const Controls = ({ action }: { action: TreatmentAction }) => {
  const all = [
    ...action.annexAControlIds.map((id) => ({ id, color: 'indigo' })),
    ...action.organizationControlIds.map((id) => ({ id, color: 'gray' })),
  ];
  if (all.length === 0)
    return (
      <Text size="sm" c="dimmed">
        None
      </Text>
    );
  return (
    <Group gap={4}>
      {all.map((control) => (
        <Badge key={control.id} variant="outline" color={control.color} styles={WHOLE_BADGE}>
          {control.id}
        </Badge>
      ))}
    </Group>
  );
};

const RemoveAction = ({
  orgId,
  risk,
  action,
}: {
  orgId: string;
  risk: Risk;
  action: TreatmentAction;
}) => {
  const remove = useRemoveTreatmentAction(orgId, risk.id);
  return (
    <ConfirmButton
      ariaLabel={`Remove ${action.title}`}
      title="Remove treatment action"
      message={`“${action.title}” will be removed from the risk. The audit trail keeps a record of it.`}
      confirmLabel="Remove"
      loading={remove.isPending}
      onConfirm={() =>
        remove.mutate(action.id, {
          onSuccess: () => notifySuccess(`“${action.title}” was removed.`),
          onError: (error) => notifyFailure('Could not remove the treatment action', error),
        })
      }
    >
      Remove
    </ConfirmButton>
  );
};

export const TreatmentActions = ({ orgId, risk }: { orgId: string; risk: Risk }) => {
  const nameOf = useMemberName(orgId);
  const canChange = risk.availableActions.includes('edit');
  const [editing, setEditing] = useState<TreatmentAction | 'new' | null>(null);
  const actions = risk.treatmentActions ?? [];
  return (
    <DetailSection
      title="Treatment actions"
      actions={
        canChange && (
          <Button size="xs" variant="light" onClick={() => setEditing('new')}>
            Add treatment action
          </Button>
        )
      }
    >
      {actions.length === 0 ? (
        <Text size="sm" c="dimmed">
          No treatment actions yet.
        </Text>
      ) : (
        <SimpleTable
          label="Treatment actions"
          minWidth={760}
          columns={
            canChange
              ? [...COLUMNS, { header: 'Actions', width: 130, isHeaderHidden: true }]
              : COLUMNS
          }
        >
          {actions.map((action) => (
            <Table.Tr key={action.id}>
              <Table.Td>
                <Stack gap={2}>
                  <Text size="sm" fw={600}>
                    {action.title}
                  </Text>
                  {action.description !== '' && (
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {action.description}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {action.ownerUserId === null ? '—' : nameOf(action.ownerUserId)}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {action.dueDate === null ? '—' : <CalendarDate value={action.dueDate} />}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Badge color={ACTION_STATUS_COLOURS[action.status]} styles={WHOLE_BADGE}>
                  {ACTION_STATUS_LABELS[action.status]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Controls action={action} />
              </Table.Td>
              {canChange && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      variant="subtle"
                      size="xs"
                      aria-label={`Edit ${action.title}`}
                      onClick={() => setEditing(action)}
                    >
                      Edit
                    </Button>
                    <RemoveAction orgId={orgId} risk={risk} action={action} />
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </SimpleTable>
      )}
      {editing !== null && (
        <TreatmentActionFormModal
          orgId={orgId}
          risk={risk}
          {...(editing === 'new' ? {} : { action: editing })}
          onClose={() => setEditing(null)}
        />
      )}
    </DetailSection>
  );
};

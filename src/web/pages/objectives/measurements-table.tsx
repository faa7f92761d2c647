/** Every measurement of an objective, newest first; one recorded in error can be deleted. */
import { Table, Text } from '@mantine/core';
import { ConfirmButton } from '../../components/confirm-button.js';
import { SimpleTable } from '../../components/simple-table.js';
import type { SimpleColumn } from '../../components/simple-table.js';
import { notifyFailure, notifySuccess } from '../../components/notify.js';
import { CalendarDate, formatCalendarDate } from '../../components/prework-calendar-date.js';
import { useMemberName } from '../../components/prework-owner-select.js';
import { formatValue } from './objective-progress.js';
import { useDeleteMeasurement } from './objective-queries.js';
import type { Measurement, Objective } from './objective-queries.js';

const COLUMNS: readonly SimpleColumn[] = [
  { header: 'Date' },
  { header: 'Value', align: 'right' },
  { header: 'Note' },
  { header: 'Recorded by' },
];

const DeleteMeasurement = ({
  orgId,
  objective,
  measurement,
}: {
  orgId: string;
  objective: Objective;
  measurement: Measurement;
}) => {
  const remove = useDeleteMeasurement(orgId, objective.id);
  const day = formatCalendarDate(measurement.measuredOn);
  return (
    <ConfirmButton
      ariaLabel={`Delete the measurement of ${day}`}
      title="Delete measurement"
      message={`The measurement of ${day} (${formatValue(measurement.value, objective)}) will be deleted. Use this for a value recorded in error; the audit trail keeps a record of the deletion.`}
      confirmLabel="Delete"
      loading={remove.isPending}
      onConfirm={() =>
        remove.mutate(measurement.id, {
          onSuccess: () => notifySuccess(`The measurement of ${day} was deleted.`),
          onError: (error) => notifyFailure('Could not delete the measurement', error),
        })
      }
    >
      Delete
    </ConfirmButton>
  );
};

export const MeasurementsTable = ({
  orgId,
  objective,
  canDelete,
}: {
  orgId: string;
  objective: Objective;
  canDelete: boolean;
}) => {
  const nameOf = useMemberName(orgId);
  const rows = [...objective.measurements].sort(
    (a, b) => b.measuredOn.localeCompare(a.measuredOn) || b.createdAt.localeCompare(a.createdAt),
  );
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No measurements recorded.
      </Text>
    );
  }
  return (
    <SimpleTable
      label="Measurements"
      minWidth={520}
      columns={
        canDelete ? [...COLUMNS, { header: 'Actions', width: 90, isHeaderHidden: true }] : COLUMNS
      }
    >
      {rows.map((measurement) => (
        <Table.Tr key={measurement.id}>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            <CalendarDate value={measurement.measuredOn} />
          </Table.Td>
          <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
            {formatValue(measurement.value, objective)}
          </Table.Td>
          <Table.Td>{measurement.note === '' ? '—' : measurement.note}</Table.Td>
          <Table.Td>{nameOf(measurement.recordedByUserId)}</Table.Td>
          {canDelete && (
            <Table.Td>
              <DeleteMeasurement orgId={orgId} objective={objective} measurement={measurement} />
            </Table.Td>
          )}
        </Table.Tr>
      ))}
    </SimpleTable>
  );
};

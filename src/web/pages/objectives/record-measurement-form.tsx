/**
 * Recording a measurement: the day it was taken (today or earlier), the value
 * (for a qualitative objective, whether it was achieved) and a note.
 */
import { Button, Group, NumberInput, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { applyApiError } from '../../components/form-errors.js';
import type { FieldLabels } from '../../components/form-errors.js';
import { FormAlert } from '../../components/form-alert.js';
import { notifySuccess } from '../../components/notify.js';
import { todayIsoDate } from '../../components/prework-calendar-date.js';
import { formatValue } from './objective-progress.js';
import { useRecordMeasurement } from './objective-queries.js';
import type { Objective } from './objective-queries.js';

interface MeasurementValues extends Record<string, unknown> {
  measuredOn: string;
  value: number | string;
  note: string;
}

const LABELS: FieldLabels<MeasurementValues> = {
  measuredOn: 'Date',
  value: 'Value',
  note: 'Note',
};

export const RecordMeasurementForm = ({
  orgId,
  objective,
}: {
  orgId: string;
  objective: Objective;
}) => {
  const today = todayIsoDate();
  const form = useForm<MeasurementValues>({
    initialValues: { measuredOn: today, value: '', note: '' },
    validate: {
      value: (value) =>
        value === '' || Number.isNaN(Number(value))
          ? objective.kind === 'qualitative'
            ? 'Choose the outcome'
            : 'Value must be a number'
          : null,
    },
  });
  const [alert, setAlert] = useState<string | null>(null);
  const record = useRecordMeasurement(orgId, objective.id);

  const submit = form.onSubmit((values) => {
    setAlert(null);
    const body = { measuredOn: values.measuredOn, value: Number(values.value), note: values.note };
    record.mutate(body, {
      onSuccess: () => {
        notifySuccess(`${formatValue(body.value, objective)} was recorded.`);
        form.setValues({ value: '', note: '' });
        form.resetDirty();
      },
      onError: (error) => setAlert(applyApiError(form, error, LABELS)),
    });
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Record a measurement">
      <FormAlert message={alert} />
      <Group align="flex-end" gap="sm" wrap="wrap" mt={alert ? 'sm' : 0}>
        <TextInput
          type="date"
          label={LABELS.measuredOn}
          max={today}
          withAsterisk
          w={170}
          {...form.getInputProps('measuredOn')}
        />
        {objective.kind === 'qualitative' ? (
          <Select
            label="Outcome"
            withAsterisk
            w={220}
            data={[
              { value: '1', label: 'Achieved' },
              { value: '0', label: 'Not achieved' },
            ]}
            value={form.values.value === '' ? null : String(form.values.value)}
            onChange={(next) => form.setFieldValue('value', next ?? '')}
            error={form.errors.value}
          />
        ) : (
          <NumberInput
            label={objective.unit === '' ? LABELS.value : `${LABELS.value} (${objective.unit})`}
            withAsterisk
            decimalScale={6}
            w={220}
            {...form.getInputProps('value')}
          />
        )}
        <TextInput
          label={LABELS.note}
          placeholder="Source, sample, anything unusual"
          style={{ flex: '1 1 220px' }}
          {...form.getInputProps('note')}
        />
        <Button type="submit" loading={record.isPending}>
          {objective.kind === 'qualitative' ? 'Record evaluation' : 'Record measurement'}
        </Button>
      </Group>
    </form>
  );
};

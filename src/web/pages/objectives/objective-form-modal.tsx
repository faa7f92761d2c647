/**
 * Adding or changing an AI objective: what is measured, the target and its
 * direction, who owns it, by when, the plan, and the Annex C objective it serves.
 */
import {
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Input,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { applyApiError } from '../../components/form-errors.js';
import { FormAlert } from '../../components/form-alert.js';
import { OwnerSelect } from '../../components/prework-owner-select.js';
import { catalogQuery } from '../catalog/catalog-query.js';
import {
  OBJECTIVE_LABELS as LABELS,
  objectiveBodyOf,
  type ObjectiveFormValues,
} from './objective-form-values.js';
import type { Objective, ObjectiveBody } from './objective-queries.js';
import { DIRECTION_LABELS } from './objective-progress.js';

interface ObjectiveFormModalProps {
  readonly orgId: string;
  readonly title: string;
  readonly submitLabel: string;
  readonly initialValues: ObjectiveFormValues;
  readonly isSaving: boolean;
  readonly save: (
    body: ObjectiveBody,
    callbacks: { onSuccess: (objective: Objective) => void; onError: (error: unknown) => void },
  ) => void;
  readonly onSaved: (objective: Objective) => void;
  readonly onClose: () => void;
}

const DirectionField = ({
  value,
  onChange,
}: {
  value: Objective['direction'];
  onChange: (value: Objective['direction']) => void;
}) => {
  const id = useId();
  return (
    <Input.Wrapper label={LABELS.direction} labelElement="div" id={id}>
      <div>
        <SegmentedControl
          aria-labelledby={`${id}-label`}
          fullWidth
          value={value}
          onChange={(next) => onChange(next === 'at_most' ? 'at_most' : 'at_least')}
          data={[
            { value: 'at_least', label: DIRECTION_LABELS.at_least },
            { value: 'at_most', label: DIRECTION_LABELS.at_most },
          ]}
        />
      </div>
    </Input.Wrapper>
  );
};

/** Mount it only while open, so each opening starts from the current values. */
export const ObjectiveFormModal = (props: ObjectiveFormModalProps) => {
  const form = useForm<ObjectiveFormValues>({
    initialValues: props.initialValues,
    validate: {
      targetValue: (value) =>
        value === '' || Number.isNaN(Number(value)) ? 'Target must be a number' : null,
    },
  });
  const [alert, setAlert] = useState<string | null>(null);
  const catalog = useQuery(catalogQuery);
  const annexC = (catalog.data?.annexC.objectives ?? []).map((entry) => ({
    value: entry.id,
    label: entry.title,
  }));

  const submit = form.onSubmit((values) => {
    setAlert(null);
    props.save(objectiveBodyOf(values), {
      onSuccess: props.onSaved,
      onError: (error) => setAlert(applyApiError(form, error, LABELS)),
    });
  });

  return (
    <Modal opened onClose={props.onClose} title={props.title} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormAlert message={alert} />
          <TextInput
            label={LABELS.title}
            description="What the organization wants to achieve"
            withAsterisk
            data-autofocus
            {...form.getInputProps('title')}
          />
          <Textarea
            label={LABELS.description}
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('description')}
          />
          <TextInput
            label={LABELS.metric}
            description="How progress is measured, e.g. share of models with a completed impact assessment"
            withAsterisk
            {...form.getInputProps('metric')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NumberInput
              label={LABELS.targetValue}
              withAsterisk
              decimalScale={6}
              {...form.getInputProps('targetValue')}
            />
            <TextInput
              label={LABELS.unit}
              placeholder="e.g. %, days, incidents"
              {...form.getInputProps('unit')}
            />
          </SimpleGrid>
          <DirectionField
            value={form.values.direction}
            onChange={(value) => form.setFieldValue('direction', value)}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <OwnerSelect
              orgId={props.orgId}
              value={form.values.ownerUserId}
              onChange={(value) => form.setFieldValue('ownerUserId', value)}
              error={form.errors.ownerUserId as string | undefined}
            />
            <TextInput type="date" label={LABELS.dueDate} {...form.getInputProps('dueDate')} />
          </SimpleGrid>
          <Select
            label={LABELS.annexCObjectiveId}
            description="The organizational objective of ISO/IEC 42001 Annex C this objective serves"
            placeholder={catalog.isPending ? 'Loading the catalog…' : 'None'}
            data={annexC}
            searchable
            clearable
            {...form.getInputProps('annexCObjectiveId')}
          />
          <Textarea
            label={LABELS.plan}
            description="What will be done, with which resources, by whom and by when (clause 6.2)"
            autosize
            minRows={3}
            maxRows={10}
            {...form.getInputProps('plan')}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={props.onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={props.isSaving}>
              {props.submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};

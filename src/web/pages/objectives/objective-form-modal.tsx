/**
 * Adding or changing an AI objective: what is measured, the target and its
 * direction, who owns it, by when, the plan, and the Annex C objective it
 * serves. A new objective's page opens once it is added. Mount it only while open.
 */
import { LongTextInput } from '../../components/long-text-input.js';
import {
  Input,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useNavigate } from 'react-router';
import { OwnerField } from '../../components/prework-owner-select.js';
import { orgPath } from '../../orgs/current-org.js';
import { RecordFormModal } from '../../registers/record-form-modal.js';
import type { RecordFormProps, RegisterForm } from '../../registers/register-form-modal.js';
import { catalogQuery } from '../catalog/catalog-query.js';
import {
  EMPTY_OBJECTIVE,
  OBJECTIVE_LABELS as LABELS,
  objectiveBodyOf,
  objectiveFormValuesOf,
} from './objective-form-values.js';
import type { ObjectiveFormValues } from './objective-form-values.js';
import { DIRECTION_LABELS } from './objective-progress.js';
import type { Objective } from './objective-queries.js';
import { LeadTextInput } from '../../registers/lead-text-input.js';

const VALIDATE = {
  targetValue: (value: unknown) =>
    value === '' || Number.isNaN(Number(value)) ? 'Target must be a number' : null,
};

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

const ObjectiveFormFields = ({
  orgId,
  form,
}: {
  orgId: string;
  form: RegisterForm<ObjectiveFormValues>;
}) => {
  const catalog = useQuery(catalogQuery);
  const annexC = (catalog.data?.annexC.objectives ?? []).map((entry) => ({
    value: entry.id,
    label: entry.title,
  }));
  return (
    <Stack gap="sm">
      <LeadTextInput
        form={form}
        field="title"
        label={LABELS.title}
        description="What the organization wants to achieve"
      />
      <LongTextInput label={LABELS.description} {...form.getInputProps('description')} />
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
        <OwnerField orgId={orgId} form={form} />
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
      <LongTextInput
        label={LABELS.plan}
        description="What will be done, with which resources, by whom and by when (clause 6.2)"
        minRows={3}
        maxRows={10}
        {...form.getInputProps('plan')}
      />
    </Stack>
  );
};

export const ObjectiveFormModal = (props: RecordFormProps<Objective>) => {
  const navigate = useNavigate();
  return (
    <RecordFormModal
      {...props}
      registerKey="objectives"
      addLabel="Add objective"
      addedTo="the AI objectives"
      onAdded={(saved) => void navigate(orgPath(props.orgId, 'objectives', saved.id))}
      initialValues={props.record ? objectiveFormValuesOf(props.record) : EMPTY_OBJECTIVE}
      validate={VALIDATE}
      labels={LABELS}
      bodyOf={objectiveBodyOf}
    >
      {(form) => <ObjectiveFormFields orgId={props.orgId} form={form} />}
    </RecordFormModal>
  );
};

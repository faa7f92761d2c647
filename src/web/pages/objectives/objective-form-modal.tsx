/**
 * Adding or changing an AI objective: what is measured (a metric and target,
 * or a qualitative evaluation method), the Annex C objective it serves, and
 * its planning: what will be done, resources, who is responsible, by when,
 * how it is communicated and how it fits the AI policy and requirements. A new objective's page opens once it is added. Mount it only while open.
 */
import { LongTextInput } from '../../components/long-text-input.js';
import {
  Fieldset,
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
  targetValue: (value: unknown, values: ObjectiveFormValues) =>
    values.kind === 'qualitative'
      ? null
      : value === '' || Number.isNaN(Number(value))
        ? 'Target must be a number'
        : null,
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

const KindField = ({ form }: { form: RegisterForm<ObjectiveFormValues> }) => {
  const id = useId();
  return (
    <Input.Wrapper
      label={LABELS.kind}
      labelElement="div"
      id={id}
      description="Measurable where practicable; otherwise say how the results are evaluated (clause 6.2)"
    >
      <div>
        <SegmentedControl
          aria-labelledby={`${id}-label`}
          fullWidth
          value={form.values.kind}
          onChange={(next) =>
            form.setFieldValue('kind', next === 'qualitative' ? 'qualitative' : 'quantitative')
          }
          data={[
            { value: 'quantitative', label: 'Quantitative' },
            { value: 'qualitative', label: 'Qualitative' },
          ]}
        />
      </div>
    </Input.Wrapper>
  );
};

const MeasureFields = ({ form }: { form: RegisterForm<ObjectiveFormValues> }) =>
  form.values.kind === 'qualitative' ? (
    <LongTextInput
      label={LABELS.evaluationMethod}
      description="Who judges whether the objective is achieved, on what evidence, and how often"
      withAsterisk
      minRows={2}
      {...form.getInputProps('evaluationMethod')}
    />
  ) : (
    <>
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
      <LongTextInput
        label={LABELS.evaluationMethod}
        description="Optional: the data source, sample or review that produces the measurements"
        {...form.getInputProps('evaluationMethod')}
      />
    </>
  );

/** The planning items of clause 6.2 beside what is measured. */
const PlanningFields = ({
  orgId,
  form,
}: {
  orgId: string;
  form: RegisterForm<ObjectiveFormValues>;
}) => (
  <Fieldset legend="Planning to achieve it (clause 6.2)">
    <Stack gap="sm">
      <LongTextInput
        label={LABELS.plan}
        description="The actions that will achieve the objective"
        minRows={2}
        maxRows={10}
        {...form.getInputProps('plan')}
      />
      <LongTextInput
        label={LABELS.resources}
        description="People, budget, tools or data the actions need"
        {...form.getInputProps('resources')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <OwnerField orgId={orgId} form={form} description="Who is responsible" />
        <TextInput type="date" label={LABELS.dueDate} {...form.getInputProps('dueDate')} />
      </SimpleGrid>
      <LongTextInput
        label={LABELS.communication}
        description="To whom the objective and its results are communicated, how and how often"
        {...form.getInputProps('communication')}
      />
      <LongTextInput
        label={LABELS.policyConsistency}
        description="The AI policy commitment it serves and the requirements (legal, contractual, of interested parties) it takes into account"
        {...form.getInputProps('policyConsistency')}
      />
    </Stack>
  </Fieldset>
);

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
      <KindField form={form} />
      <MeasureFields form={form} />
      <Select
        label={LABELS.annexCObjectiveId}
        description="The organizational objective of ISO/IEC 42001 Annex C this objective serves"
        placeholder={catalog.isPending ? 'Loading the catalog…' : 'None'}
        data={annexC}
        searchable
        clearable
        {...form.getInputProps('annexCObjectiveId')}
      />
      <PlanningFields orgId={orgId} form={form} />
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

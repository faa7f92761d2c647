/**
 * Adding or changing a context issue: kind, title, description and whether
 * climate change is relevant to it. The API's objections appear next to the
 * fields they concern. Mount it only while open.
 */
import { LongTextInput } from '../../components/long-text-input.js';
import { Switch } from '@mantine/core';
import { DeclaredRadioGroup } from '../../registers/declared-inputs.js';
import { RecordFormModal } from '../../registers/record-form-modal.js';
import type { RecordFormProps } from '../../registers/register-form-modal.js';
import { useDeclaredFields } from '../../registers/use-register.js';
import type { ContextIssue, ContextIssueBody } from './context-queries.js';
import { LeadTextInput } from '../../registers/lead-text-input.js';

type IssueFormValues = ContextIssueBody & Record<string, unknown>;

/** The form's own words for the fields, which the API's objections start with too. */
const LABELS = {
  kind: 'Kind',
  title: 'Issue',
  description: 'Why it matters',
  isClimateRelevant: 'Climate change is relevant',
};

const valuesOf = (issue: ContextIssue | undefined): IssueFormValues => ({
  kind: issue?.kind ?? 'external',
  title: issue?.title ?? '',
  description: issue?.description ?? '',
  isClimateRelevant: issue?.isClimateRelevant ?? false,
});

export const IssueFormModal = (props: RecordFormProps<ContextIssue>) => {
  const field = useDeclaredFields('context-issues');
  return (
    <RecordFormModal
      {...props}
      registerKey="context-issues"
      addLabel="Add issue"
      editTitle="Edit context issue"
      initialValues={valuesOf(props.record)}
      labels={LABELS}
      bodyOf={(values) => values}
    >
      {(form) => (
        <>
          <DeclaredRadioGroup
            field={field('kind')}
            label={LABELS.kind}
            description="Does it arise inside the organization or outside it?"
            withAsterisk
            {...form.getInputProps('kind')}
          />
          <LeadTextInput
            form={form}
            field="title"
            label={LABELS.title}
            description="A short statement, e.g. “Dependence on one foundation-model vendor”"
          />
          <LongTextInput
            label={LABELS.description}
            description="Why it affects what the AIMS is for or can achieve, and what follows from it"
            minRows={3}
            maxRows={10}
            {...form.getInputProps('description')}
          />
          <Switch
            label={LABELS.isClimateRelevant}
            description="ISO/IEC 42001 asks the organization to decide whether climate change is a relevant issue"
            {...form.getInputProps('isClimateRelevant', { type: 'checkbox' })}
          />
        </>
      )}
    </RecordFormModal>
  );
};

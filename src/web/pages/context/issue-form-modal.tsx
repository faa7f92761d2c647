/**
 * Adding or changing a context issue: kind, title, description and whether
 * climate change is relevant to it. The API's objections appear next to the
 * fields they concern. Mount it only while open.
 */
import { Button, Group, Modal, Radio, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { applyApiError, type FieldLabels } from '../../components/form-errors.js';
import { FormAlert } from '../../components/form-alert.js';
import { notifySuccess } from '../../components/notify.js';
import { CONTEXT_KIND_LABELS, type ContextKind } from '../../labels/context.js';
import { useSaveContextIssue, type ContextIssue } from './context-queries.js';

interface IssueFormValues extends Record<string, unknown> {
  kind: ContextKind;
  title: string;
  description: string;
  isClimateRelevant: boolean;
}

const LABELS: FieldLabels<IssueFormValues> = {
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

interface IssueFormModalProps {
  readonly orgId: string;
  /** The issue to change; none to add one. */
  readonly issue?: ContextIssue | undefined;
  readonly onClose: () => void;
}

export const IssueFormModal = ({ orgId, issue, onClose }: IssueFormModalProps) => {
  const form = useForm<IssueFormValues>({ initialValues: valuesOf(issue) });
  const [alert, setAlert] = useState<string | null>(null);
  const save = useSaveContextIssue(orgId, issue?.id);

  const submit = form.onSubmit((values) => {
    setAlert(null);
    save.mutate(values, {
      onSuccess: (saved) => {
        notifySuccess(issue ? `“${saved.title}” was saved.` : `“${saved.title}” was added.`);
        onClose();
      },
      onError: (error) => setAlert(applyApiError(form, error, LABELS)),
    });
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={issue ? 'Edit context issue' : 'Add context issue'}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert message={alert} />
          <Radio.Group
            label={LABELS.kind}
            description="Does it arise inside the organization or outside it?"
            withAsterisk
            {...form.getInputProps('kind')}
          >
            <Group mt={6} gap="lg">
              {(Object.keys(CONTEXT_KIND_LABELS) as ContextKind[]).map((kind) => (
                <Radio key={kind} value={kind} label={CONTEXT_KIND_LABELS[kind]} />
              ))}
            </Group>
          </Radio.Group>
          <TextInput
            label={LABELS.title}
            description="A short statement, e.g. “Dependence on one foundation-model vendor”"
            withAsterisk
            data-autofocus
            {...form.getInputProps('title')}
          />
          <Textarea
            label={LABELS.description}
            description="Why it affects what the AIMS is for or can achieve, and what follows from it"
            autosize
            minRows={3}
            maxRows={10}
            {...form.getInputProps('description')}
          />
          <Switch
            label={LABELS.isClimateRelevant}
            description="ISO/IEC 42001 asks the organization to decide whether climate change is a relevant issue"
            {...form.getInputProps('isClimateRelevant', { type: 'checkbox' })}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {issue ? 'Save changes' : 'Add issue'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};

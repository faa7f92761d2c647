/**
 * Editing the open draft: its Markdown text and change note. "Send for
 * approval" saves unsaved changes first, so what is reviewed is what is seen.
 */
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { applyApiError } from '../../components/form-errors.js';
import { FormAlert } from '../../components/form-alert.js';
import { notifySuccess } from '../../components/notify.js';
import { DOCUMENT_LABELS } from './document-details-fields.js';
import { useSaveVersion, useVersionStep } from './document-queries.js';
import type { DocumentVersion } from './document-queries.js';
import { MarkdownEditor } from './markdown-editor.js';

interface DraftValues extends Record<string, unknown> {
  bodyMarkdown: string;
  changeNote: string;
}

interface DraftEditorProps {
  readonly orgId: string;
  readonly version: DocumentVersion;
  readonly canSubmit: boolean;
  readonly onStepError: (error: unknown) => void;
  /** Shown between the text and the buttons: the attached file. */
  readonly attachment: ReactNode;
}

export const DraftEditor = ({
  orgId,
  version,
  canSubmit,
  onStepError,
  attachment,
}: DraftEditorProps) => {
  const form = useForm<DraftValues>({
    initialValues: { bodyMarkdown: version.bodyMarkdown, changeNote: version.changeNote },
  });
  const [alert, setAlert] = useState<string | null>(null);
  const save = useSaveVersion(orgId, version.documentId, version.id);
  const step = useVersionStep(orgId, version.documentId, version.id);

  const saveThen = (values: DraftValues, then: () => void) => {
    setAlert(null);
    if (!form.isDirty()) {
      then();
      return;
    }
    save.mutate(values, {
      onSuccess: () => {
        form.resetDirty(values);
        then();
      },
      onError: (error) => setAlert(applyApiError(form, error, DOCUMENT_LABELS)),
    });
  };

  const submitForApproval = () =>
    saveThen(form.values, () =>
      step.mutate(
        { action: 'submit' },
        {
          onSuccess: () => notifySuccess(`Version ${version.version} was sent for approval.`),
          onError: onStepError,
        },
      ),
    );

  return (
    <form
      noValidate
      aria-label={`Draft of version ${version.version}`}
      onSubmit={form.onSubmit((values) =>
        saveThen(values, () => notifySuccess(`Version ${version.version} was saved.`)),
      )}
    >
      <Stack gap="sm">
        <FormAlert message={alert} />
        <MarkdownEditor
          label={DOCUMENT_LABELS.bodyMarkdown ?? 'Text'}
          value={form.values.bodyMarkdown}
          onChange={(value) => form.setFieldValue('bodyMarkdown', value)}
          error={form.errors.bodyMarkdown}
        />
        <TextInput
          label={DOCUMENT_LABELS.changeNote}
          description={
            version.version > 1
              ? 'What changed since the version in force; required before sending for approval'
              : 'Optional for the first version'
          }
          withAsterisk={version.version > 1}
          {...form.getInputProps('changeNote')}
        />
        {attachment}
        <Group justify="flex-end" gap="sm">
          <Button type="submit" variant="default" loading={save.isPending && !step.isPending}>
            Save draft
          </Button>
          {canSubmit && (
            <Button onClick={submitForApproval} loading={step.isPending}>
              Send for approval
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
};

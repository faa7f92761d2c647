/**
 * Editing one section of a draft impact assessment in a dialog: only that
 * section's fields are sent, the API's objections show at them, and closing
 * with unsaved input first asks whether to discard it.
 */
import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { DiscardChangesPrompt, useDiscardGuard } from '../../components/discard-guard.js';
import { FormAlert } from '../../components/form-alert.js';
import { notifySuccess } from '../../components/notify.js';
import { optionsOf } from '../../labels/label-options.js';
import { applyImpactError, impactFormValuesOf, sectionBodyOf } from './impact-form-values.js';
import type { ContentField, ImpactForm, ImpactFormValues } from './impact-form-values.js';
import { IMPACT_FIELD_LABELS, IMPACT_TRIGGER_LABELS } from './impact-labels.js';
import { ImpactsEditor, MeasuresEditor, PartiesEditor } from './impact-list-editors.js';
import { useSaveImpactDraft } from './impact-queries.js';
import type { ImpactVersion } from './impact-queries.js';
import type { ImpactSection } from './impact-sections.js';

const TEXT_HINTS: Partial<Record<ContentField, string>> = {
  scope: 'What this assessment covers: the system, its version, where and by whom it is used',
  systemDescription: 'What the system is and does, in terms a reader outside the team follows',
  purpose: 'What the system is for',
  intendedUses: 'How it is meant to be used, and by whom',
  foreseeableMisuse: 'How it could reasonably be used in ways it was not meant for',
  dataAndDataQuality: 'The data it learns from and works on, and how its quality is known',
  algorithmAndModel: 'The algorithm or model, and its known limits',
  deploymentEnvironment: 'Where and how it runs: places, languages, people, constraints',
  thresholds:
    "The organization's limits for sensitive or restricted uses, and how this system stands against them",
  retention: 'How long the results of this assessment are kept',
};

const LongText = ({
  form,
  field,
  autoFocus,
}: {
  form: ImpactForm;
  field: ContentField;
  autoFocus: boolean;
}) => (
  <Textarea
    label={IMPACT_FIELD_LABELS[field]}
    description={TEXT_HINTS[field]}
    withAsterisk
    autosize
    minRows={3}
    maxRows={12}
    data-autofocus={autoFocus || undefined}
    {...form.getInputProps(field)}
  />
);

const SectionFields = ({
  orgId,
  form,
  section,
}: {
  orgId: string;
  form: ImpactForm;
  section: ImpactSection;
}) => {
  switch (section.id) {
    case 'parties':
      return <PartiesEditor form={form} />;
    case 'impacts':
      return <ImpactsEditor form={form} />;
    case 'measures':
      return <MeasuresEditor orgId={orgId} form={form} />;
    case 'scope':
    case 'system':
    case 'technical':
    case 'review':
      return (
        <>
          {section.fields.map((field, index) => {
            if (field === 'trigger')
              return (
                <Select
                  key={field}
                  label={IMPACT_FIELD_LABELS.trigger}
                  withAsterisk
                  data={optionsOf(IMPACT_TRIGGER_LABELS)}
                  {...form.getInputProps('trigger')}
                />
              );
            if (field === 'nextReviewDate')
              return (
                <TextInput
                  key={field}
                  type="date"
                  label={IMPACT_FIELD_LABELS.nextReviewDate}
                  description="When the assessment is looked at again"
                  withAsterisk
                  w={220}
                  {...form.getInputProps('nextReviewDate')}
                />
              );
            return <LongText key={field} form={form} field={field} autoFocus={index === 0} />;
          })}
        </>
      );
  }
};

interface ImpactSectionDialogProps {
  readonly orgId: string;
  readonly version: ImpactVersion;
  readonly section: ImpactSection;
  readonly initialErrors: Record<string, string>;
  readonly onClose: () => void;
}

const SectionForm = ({
  orgId,
  version,
  section,
  initialErrors,
  onClose,
}: ImpactSectionDialogProps) => {
  const form = useForm<ImpactFormValues>({
    initialValues: impactFormValuesOf(version.content),
    initialErrors,
  });
  const [alert, setAlert] = useState<string | null>(null);
  const save = useSaveImpactDraft(orgId, version.id);
  const guard = useDiscardGuard(() => form.isDirty(), onClose);

  const submit = form.onSubmit((values) => {
    setAlert(null);
    save.mutate(sectionBodyOf(values, section.fields), {
      onSuccess: () => {
        notifySuccess(`${section.title} saved.`);
        onClose();
      },
      onError: (error) => setAlert(applyImpactError(form, error, section.fields)),
    });
  });

  return (
    <Modal
      opened
      onClose={guard.requestClose}
      title={`${section.title} · version ${version.version}`}
      size={section.id === 'impacts' || section.id === 'measures' ? 'xl' : 'lg'}
    >
      <form onSubmit={submit} noValidate aria-label={`Edit ${section.title.toLowerCase()}`}>
        <Stack gap="md">
          <FormAlert message={alert} />
          <SectionFields orgId={orgId} form={form} section={section} />
          {guard.isAsking ? (
            <DiscardChangesPrompt guard={guard} />
          ) : (
            <Group justify="flex-end">
              <Button variant="default" onClick={guard.requestClose}>
                Cancel
              </Button>
              <Button type="submit" loading={save.isPending}>
                Save section
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Modal>
  );
};

export const ImpactSectionDialog = (props: ImpactSectionDialogProps) => <SectionForm {...props} />;

/**
 * A document's details (title, kind, owner, review interval, the required
 * documents it provides, and its document control), shared by the
 * register-a-document and the edit dialog. A record is retained, not
 * reviewed, so it has no review interval.
 */
import { MultiSelect, NumberInput, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import type { useForm } from '@mantine/form';
import type { FieldLabels } from '../../components/form-errors.js';
import { OwnerField } from '../../components/prework-owner-select.js';
import type { DocumentKind } from '../../labels/documents.js';
import { useDocumentLabels } from './document-labels.js';
import { LeadTextInput } from '../../registers/lead-text-input.js';
import { DocumentControlFields } from './document-control-fields.js';

export interface DocumentDetailsValues extends Record<string, unknown> {
  title: string;
  kind: DocumentKind | null;
  ownerUserId: string | null;
  reviewIntervalMonths: number | string;
  fulfils: string[];
  referenceNumber: string;
  retentionMonths: number | string;
  disposition: string | null;
  readAccess: string;
  readRoles: string[];
}

/** The document-control part of a document's body, from the form. */
export const controlBodyOf = (values: DocumentDetailsValues) => ({
  referenceNumber: values.referenceNumber.trim() === '' ? null : values.referenceNumber.trim(),
  retentionMonths: values.retentionMonths === '' ? null : Number(values.retentionMonths),
  disposition: values.disposition,
  readAccess: values.readAccess,
  readRoles: values.readAccess === 'named_roles' ? values.readRoles : [],
});

export const DOCUMENT_LABELS: FieldLabels<
  DocumentDetailsValues & { bodyMarkdown: string; changeNote: string }
> = {
  title: 'Title',
  kind: 'Kind',
  ownerUserId: 'Owner',
  reviewIntervalMonths: 'Review interval',
  fulfils: 'Provides required documents',
  referenceNumber: 'Reference number',
  retentionMonths: 'Retention',
  disposition: 'Disposition',
  readAccess: 'Who may read it',
  readRoles: 'Roles that may read it',
  bodyMarkdown: 'Text',
  changeNote: 'Change note',
};

type DetailsForm = ReturnType<typeof useForm<DocumentDetailsValues>>;

export const DocumentDetailsFields = ({ form, orgId }: { form: DetailsForm; orgId: string }) => {
  const { kinds, requiredDocuments } = useDocumentLabels();
  return (
    <Stack gap="sm">
      <LeadTextInput
        form={form}
        field="title"
        label={DOCUMENT_LABELS.title}
        description="Unique in the organization"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={DOCUMENT_LABELS.kind}
          placeholder="Choose a kind"
          data={[...kinds]}
          withAsterisk
          allowDeselect={false}
          {...form.getInputProps('kind')}
        />
        <OwnerField orgId={orgId} form={form} />
      </SimpleGrid>
      {form.values.kind === 'record' ? (
        <Text size="sm" c="dimmed">
          A record is retained as evidence of what happened: it is never due for review.
        </Text>
      ) : (
        <NumberInput
          label={DOCUMENT_LABELS.reviewIntervalMonths}
          description="Months from approval to the next review"
          suffix=" months"
          min={1}
          max={60}
          allowDecimal={false}
          allowNegative={false}
          w={220}
          {...form.getInputProps('reviewIntervalMonths')}
        />
      )}
      <MultiSelect
        label={DOCUMENT_LABELS.fulfils}
        description="The mandatory documented information this document provides, once approved"
        placeholder="Search RD-01 … RD-20"
        data={[...requiredDocuments]}
        searchable
        hidePickedOptions
        {...form.getInputProps('fulfils')}
      />
      <DocumentControlFields form={form} orgId={orgId} />
    </Stack>
  );
};

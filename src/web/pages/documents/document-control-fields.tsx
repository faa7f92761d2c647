/**
 * A document's control details (clause 7.5.3): its reference number (with
 * the next free number of its kind offered), how long it is kept after it
 * leaves force and what happens then, and who may read it.
 */
import {
  Anchor,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { useForm } from '@mantine/form';
import { useSuggestedReference } from './document-queries.js';
import type { DocumentDetailsValues } from './document-details-fields.js';
import { DOCUMENT_LABELS } from './document-details-fields.js';
import { useDocumentLabels } from './document-labels.js';

type DetailsForm = ReturnType<typeof useForm<DocumentDetailsValues>>;

/** "7 years", "18 months": how a retention period reads. */
export const retentionText = (months: number): string => {
  if (months % 12 === 0) return months === 12 ? '1 year' : `${months / 12} years`;
  return months === 1 ? '1 month' : `${months} months`;
};

const ReferenceField = ({ form, orgId }: { form: DetailsForm; orgId: string }) => {
  const isBlank = form.values.referenceNumber.trim() === '';
  const suggestion = useSuggestedReference(orgId, form.values.kind, isBlank);
  const suggested = suggestion.data?.referenceNumber;
  return (
    <TextInput
      label={DOCUMENT_LABELS.referenceNumber}
      placeholder={suggested ?? 'AIMS-POL-001'}
      description={
        isBlank && suggested ? (
          <Text span size="xs">
            Optional.{' '}
            <Anchor
              component="button"
              type="button"
              size="xs"
              onClick={() => form.setFieldValue('referenceNumber', suggested)}
            >
              Use {suggested}
            </Anchor>
          </Text>
        ) : (
          'Unique in the organization'
        )
      }
      maxLength={40}
      {...form.getInputProps('referenceNumber')}
    />
  );
};

export const DocumentControlFields = ({
  form,
  orgId,
  withReference = true,
}: {
  form: DetailsForm;
  orgId: string;
  /** Off for a retired document, whose number no longer changes. */
  withReference?: boolean;
}) => {
  const { dispositions, readAccessLevels, roles } = useDocumentLabels();
  const months = Number(form.values.retentionMonths);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: withReference ? 3 : 2 }} spacing="sm">
        {withReference && <ReferenceField form={form} orgId={orgId} />}
        <NumberInput
          label={DOCUMENT_LABELS.retentionMonths}
          description={
            form.values.retentionMonths === '' || !Number.isInteger(months) || months < 1
              ? 'Kept after retirement; blank: not decided'
              : `Kept ${retentionText(months)} after it leaves force`
          }
          suffix=" months"
          min={1}
          max={1200}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('retentionMonths')}
        />
        <Select
          label={DOCUMENT_LABELS.disposition}
          description="At the end of the retention period"
          placeholder="Not decided"
          data={[...dispositions]}
          clearable
          {...form.getInputProps('disposition')}
        />
      </SimpleGrid>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="document-read-access">
          {DOCUMENT_LABELS.readAccess}
        </Text>
        <SegmentedControl
          aria-labelledby="document-read-access"
          data={[...readAccessLevels]}
          style={{ alignSelf: 'flex-start' }}
          {...form.getInputProps('readAccess')}
        />
      </Stack>
      {form.values.readAccess === 'named_roles' && (
        <MultiSelect
          label={DOCUMENT_LABELS.readRoles}
          description="Members with one of these roles may read it; its owner and administrators always may"
          placeholder="Choose roles"
          data={[...roles]}
          withAsterisk
          {...form.getInputProps('readRoles')}
        />
      )}
    </Stack>
  );
};

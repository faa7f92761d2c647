/**
 * Adding or changing a treatment action of a risk: what is done, by whom and
 * by when, how far it is, and the controls it puts in place — Annex A
 * controls from the catalog and the organization's own controls from its register.
 * Mount it only while open.
 */
import { Anchor, Group, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { LongTextInput } from '../../components/long-text-input.js';
import { notifySuccess } from '../../components/notify.js';
import { OwnerField } from '../../components/prework-owner-select.js';
import { orgPath } from '../../orgs/current-org.js';
import { foldItemErrors, withItemLabels } from '../../registers/form-labels.js';
import { LeadTextInput } from '../../registers/lead-text-input.js';
import { RegisterFormModal } from '../../registers/register-form-modal.js';
import { catalogQuery } from '../catalog/catalog-query.js';
import { useOrganizationControlOptions } from '../organization-controls/organization-control-queries.js';
import { ACTION_LABELS as LABELS, ACTION_STATUS_LABELS } from './risk-labels.js';
import type { Risk, TreatmentAction, TreatmentActionStatus } from './risk-labels.js';
import { useSaveTreatmentAction } from './risk-queries.js';
import type { TreatmentActionBody } from './risk-queries.js';

interface ActionValues extends Record<string, unknown> {
  title: string;
  description: string;
  ownerUserId: string | null;
  dueDate: string;
  status: TreatmentActionStatus;
  annexAControlIds: string[];
  organizationControlIds: string[];
}

const valuesOf = (action: TreatmentAction | undefined): ActionValues => ({
  title: action?.title ?? '',
  description: action?.description ?? '',
  ownerUserId: action?.ownerUserId ?? null,
  dueDate: action?.dueDate ?? '',
  status: action?.status ?? 'planned',
  annexAControlIds: [...(action?.annexAControlIds ?? [])],
  organizationControlIds: [...(action?.organizationControlIds ?? [])],
});

const bodyOf = (values: ActionValues): TreatmentActionBody => ({
  ...values,
  dueDate: values.dueDate === '' ? null : values.dueDate,
});

const STATUS_OPTIONS = Object.entries(ACTION_STATUS_LABELS).map(([value, label]) => ({
  value,
  label,
}));

const foldListErrors = foldItemErrors(['annexAControlIds', 'organizationControlIds']);

const labelsOf = (values: ActionValues) =>
  withItemLabels(
    withItemLabels(LABELS, 'annexAControlIds', values.annexAControlIds.length),
    'organizationControlIds',
    values.organizationControlIds.length,
  );

export const TreatmentActionFormModal = ({
  orgId,
  risk,
  action,
  onClose,
}: {
  orgId: string;
  risk: Risk;
  action?: TreatmentAction;
  onClose: () => void;
}) => {
  const save = useSaveTreatmentAction(orgId, risk.id, action?.id);
  const catalog = useQuery(catalogQuery);
  const controls = (catalog.data?.annexA.controls ?? []).map((control) => ({
    value: control.id,
    label: `${control.id} ${control.title}`,
  }));
  const ownControls = useOrganizationControlOptions(orgId);
  // A reference the action holds stays choosable even while the register is still loading.
  const ownChoices = [
    ...ownControls.options,
    ...(action?.organizationControlIds ?? [])
      .filter((id) => !ownControls.options.some((option) => option.value === id))
      .map((id) => ({ value: id, label: id })),
  ];
  return (
    <RegisterFormModal<ActionValues, TreatmentActionBody, Risk>
      title={action ? 'Edit treatment action' : 'Add treatment action'}
      submitLabel={action ? 'Save changes' : 'Add action'}
      initialValues={valuesOf(action)}
      labels={labelsOf}
      foldErrors={foldListErrors}
      bodyOf={bodyOf}
      save={save}
      onSaved={(_, values) =>
        notifySuccess(action ? `“${values.title}” was saved.` : `“${values.title}” was added.`)
      }
      onClose={onClose}
    >
      {(form) => (
        <Stack gap="sm">
          <LeadTextInput form={form} field="title" label={LABELS.title} />
          <LongTextInput label={LABELS.description} {...form.getInputProps('description')} />
          <Group grow align="flex-start">
            <Select
              label={LABELS.status}
              data={STATUS_OPTIONS}
              allowDeselect={false}
              {...form.getInputProps('status')}
            />
            <TextInput type="date" label={LABELS.dueDate} {...form.getInputProps('dueDate')} />
          </Group>
          <OwnerField orgId={orgId} form={form} description="The member who carries it out" />
          <MultiSelect
            label={LABELS.annexAControlIds}
            description="The ISO/IEC 42001 Annex A controls it puts in place"
            placeholder={form.values.annexAControlIds.length === 0 ? 'Choose controls' : undefined}
            data={controls}
            searchable
            clearable
            nothingFoundMessage="No control with this number or title"
            {...form.getInputProps('annexAControlIds')}
          />
          <MultiSelect
            label={LABELS.organizationControlIds}
            description={
              <>
                Your own controls it puts in place, from the{' '}
                <Anchor component={Link} to={orgPath(orgId, 'organization-controls')} size="xs">
                  organization controls
                </Anchor>{' '}
                register
              </>
            }
            placeholder={
              form.values.organizationControlIds.length === 0
                ? ownControls.isLoading
                  ? 'Loading controls…'
                  : 'Choose controls'
                : undefined
            }
            data={ownChoices}
            searchable
            clearable
            nothingFoundMessage="No organization control with this reference or title"
            {...form.getInputProps('organizationControlIds')}
          />
          {!ownControls.isLoading && ownControls.options.length === 0 && (
            <Text size="xs" c="dimmed" mt={-6}>
              The organization has no controls of its own yet.
            </Text>
          )}
        </Stack>
      )}
    </RegisterFormModal>
  );
};

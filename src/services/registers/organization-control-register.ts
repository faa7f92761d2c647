/**
 * The organization controls as a declared register: their fields, filters
 * and sort for the web kit, and their spreadsheet columns (one row per
 * control, with the Annex A control and objective named by their titles and
 * the number of treatment actions that link it).
 */
import { CONTROL_OBJECTIVE_GROUPS, CONTROLS } from '../../domain/catalog/index.js';
import type { OrganizationControl } from '../../domain/risk/organization-control.js';
import type { Executor } from '../../storage/database.js';
import { listOrganizationControls } from '../../storage/organization-control.repository.js';
import { allTreatmentActions } from '../../storage/risk-treatment.repository.js';
import type { ExportColumn } from '../tabular/write-table.js';
import { AIMS_REGISTER_POLICY } from './context.service.js';
import { defineRegister } from './register-table.js';
import type { ExportLookups } from './register-table.js';

const EVERYTHING = { offset: 0, limit: 1_000_000 } as const;

/** Annex A controls and objectives by id, as "A.6.2.4 Title". */
const ANNEX_A_CONTROL_LABELS = Object.fromEntries(
  CONTROLS.map((control) => [control.id, `${control.id} ${control.title}`]),
);
const ANNEX_A_OBJECTIVE_LABELS = Object.fromEntries(
  CONTROL_OBJECTIVE_GROUPS.map((group) => [group.id, `${group.id} ${group.title}`]),
);
/** Each control's objective, so that a form offers the controls under the objective chosen. */
const ANNEX_A_CONTROL_GROUPS = Object.fromEntries(
  CONTROLS.map((control) => [control.id, control.groupId]),
);

export interface OrganizationControlExportRow extends OrganizationControl {
  readonly treatmentActionCount: number;
}

/** Every control of the organization in natural order of reference, with its links counted. */
const exportRows = async (
  db: Executor,
  organizationId: string,
): Promise<OrganizationControlExportRow[]> => {
  const { items } = await listOrganizationControls(db, {
    organizationId,
    sort: 'controlId',
    direction: 'asc',
    ...EVERYTHING,
  });
  const actions = await allTreatmentActions(db, organizationId);
  return items.map((control) => ({
    ...control,
    treatmentActionCount: actions.filter((action) =>
      action.organizationControlIds.includes(control.controlId),
    ).length,
  }));
};

const columns = ({ emailOf }: ExportLookups): ExportColumn<OrganizationControlExportRow>[] => [
  { header: 'Id', width: 38, value: (c) => c.id },
  { header: 'Reference', width: 12, value: (c) => c.controlId },
  { header: 'Title', width: 40, value: (c) => c.title },
  { header: 'Description', width: 60, value: (c) => c.description },
  { header: 'Owner', width: 28, value: (c) => emailOf(c.ownerUserId) },
  {
    header: 'Annex A control',
    width: 36,
    value: (c) => (c.annexAControlId ? (ANNEX_A_CONTROL_LABELS[c.annexAControlId] ?? '') : ''),
  },
  {
    header: 'Annex A objective',
    width: 36,
    value: (c) =>
      c.annexAObjectiveId ? (ANNEX_A_OBJECTIVE_LABELS[c.annexAObjectiveId] ?? '') : '',
  },
  { header: 'Treatment actions', width: 12, value: (c) => c.treatmentActionCount },
  { header: 'Created', width: 24, value: (c) => c.createdAt },
  { header: 'Updated', width: 24, value: (c) => c.updatedAt },
];

export const organizationControlsRegister = defineRegister({
  key: 'organization-controls',
  one: 'Organization control',
  many: 'Organization controls',
  policy: AIMS_REGISTER_POLICY,
  fields: [
    { field: 'controlId', label: 'Reference', type: 'text' },
    { field: 'title', label: 'Title', type: 'text', isRequired: true },
    { field: 'description', label: 'Description', type: 'long_text' },
    { field: 'ownerUserId', label: 'Owner', type: 'member' },
    {
      field: 'annexAObjectiveId',
      label: 'Annex A objective',
      type: 'choice',
      choices: ANNEX_A_OBJECTIVE_LABELS,
    },
    {
      field: 'annexAControlId',
      label: 'Annex A control',
      type: 'choice',
      choices: ANNEX_A_CONTROL_LABELS,
      choiceGroups: ANNEX_A_CONTROL_GROUPS,
    },
    { field: 'createdAt', label: 'Created', type: 'timestamp' },
    { field: 'updatedAt', label: 'Last changed', type: 'timestamp' },
  ],
  filters: [
    { param: 'ownerUserId', label: 'Owner', type: 'member' },
    {
      param: 'annexAObjectiveId',
      label: 'Annex A objective',
      type: 'choice',
      choices: ANNEX_A_OBJECTIVE_LABELS,
    },
    {
      param: 'annexAControlId',
      label: 'Annex A control',
      type: 'choice',
      choices: ANNEX_A_CONTROL_LABELS,
    },
  ],
  sort: { default: 'controlId', fields: ['controlId', 'title', 'updatedAt'] },
  export: {
    fileStem: 'organization-controls',
    rows: (db, organizationId) => exportRows(db, organizationId),
    columns,
  },
});

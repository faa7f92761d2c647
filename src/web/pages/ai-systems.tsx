/**
 * The AI system inventory: search, filter (stage, scope, roles, EU AI Act
 * classification, owner), sort and page on the server, kept in the URL; add,
 * import and export as the list allows. The name opens the system's page.
 */
import { Stack, Text } from '@mantine/core';
import { lazyDialog } from '../components/lazy-dialog.js';
import { useMemberName } from '../components/prework-owner-select.js';
import { useCurrentOrg } from '../orgs/current-org.js';
import { choiceLabel, fieldOf } from '../registers/declaration.js';
import type { RegisterRow } from '../registers/register-queries.js';
import { lastUpdatedColumn, recordNameColumn } from '../registers/register-columns.js';
import { RegisterListPage } from '../registers/register-list-page.js';
import type { RegisterColumn } from '../registers/register-table.js';
import { useRegister } from '../registers/use-register.js';
import {
  EU_RISK_CLASS_SHORT,
  EuClassificationBadges,
  ScopeBadge,
} from './ai-systems/ai-system-badges.js';
import { ScopeCoverageAlert, ScopeCoverageCell } from './scope/scope-coverage-alert.js';

const ADD_FORM = lazyDialog(() =>
  import('./ai-systems/ai-system-form-modal.js').then((module) => module.AiSystemFormModal),
);

type AiSystem = RegisterRow<'ai-systems'>;

/** The address names bookmarks made before the register kit use. */
const URL_SHAPE = {
  urlNames: {
    lifecycleStage: 'stage',
    isInScope: 'scope',
    euRiskClass: 'risk',
    aiRole: 'role',
    euAiActRole: 'eu-role',
    euHighRiskRoute: 'route',
    isGeneralPurposeModel: 'gpai',
    hasTransparencyObligations: 'art50',
    ownerUserId: 'owner',
  },
};

const IMPORT_EXTRAS = {
  aliases: { ownerUserId: 'Owner' },
  previewFields: [
    'name',
    'purpose',
    'lifecycleStage',
    'aiRoles',
    'euAiActRoles',
    'euRiskClass',
    'isInScope',
  ],
};

const FILTER_LOOKS = {
  lifecycleStage: { placeholder: 'All stages', width: 180 },
  isInScope: { placeholder: 'In and out' },
  // The table's badges use the short class names; the filter offers the same ones.
  euRiskClass: { placeholder: 'All classes', width: 180, shortLabels: EU_RISK_CLASS_SHORT },
  aiRole: { placeholder: 'All roles', width: 170 },
  euAiActRole: { placeholder: 'All roles', width: 190 },
  euHighRiskRoute: { placeholder: 'Any route', width: 200 },
  ownerUserId: { placeholder: 'Anyone', width: 180 },
};

const useColumns = (): RegisterColumn<AiSystem>[] => {
  const { organization } = useCurrentOrg();
  const { register } = useRegister('ai-systems', URL_SHAPE);
  const stages = fieldOf(register, 'lifecycleStage').choices;
  const roles = fieldOf(register, 'aiRoles').choices;
  const euRoles = fieldOf(register, 'euAiActRoles').choices;
  const ownerName = useMemberName(organization.id);
  return [
    recordNameColumn({
      header: 'Name',
      sort: 'name',
      orgId: organization.id,
      path: 'ai-systems',
      nameOf: (system) => system.name,
      detail: (system) => (
        <Text size="xs" c="dimmed" lineClamp={2} mt={2}>
          {system.purpose}
        </Text>
      ),
    }),
    {
      header: 'Life-cycle stage',
      sort: 'lifecycleStage',
      width: 170,
      cell: (system) => choiceLabel(stages, system.lifecycleStage),
    },
    {
      header: 'Our AI roles',
      width: 150,
      cell: (system) => (
        <Text size="sm">
          {system.aiRoles.length === 0
            ? '—'
            : system.aiRoles.map((role) => choiceLabel(roles, role)).join(', ')}
        </Text>
      ),
    },
    {
      header: 'EU AI Act',
      width: 190,
      cell: (system) => (
        <Stack gap={4}>
          <EuClassificationBadges system={system} />
          {system.euAiActRoles.length > 0 && (
            <Text size="xs" c="dimmed">
              {system.euAiActRoles.map((role) => choiceLabel(euRoles, role)).join(', ')}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      header: 'Owner',
      width: 140,
      cell: (system) =>
        system.ownerUserId === null ? (
          <Text size="sm" c="dimmed">
            Nobody yet
          </Text>
        ) : (
          <Text size="sm" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
            {ownerName(system.ownerUserId)}
          </Text>
        ),
    },
    {
      header: 'AIMS scope',
      width: 130,
      cell: (system) => <ScopeBadge isInScope={system.isInScope} />,
    },
    {
      header: 'Approved scope',
      width: 150,
      cell: (system) => <ScopeCoverageCell orgId={organization.id} systemId={system.id} />,
    },
    lastUpdatedColumn({ isSortable: true }),
  ];
};

export const AiSystemsPage = () => {
  const columns = useColumns();
  return (
    <RegisterListPage
      registerKey="ai-systems"
      url={URL_SHAPE}
      description="The AI systems the organization develops, provides or uses, where each is in its life cycle, and whether it is inside the AIMS scope."
      noneDescription="Register every AI system the organization develops, provides or uses; the AIMS scope, risk assessment and impact assessment start from this inventory."
      searchPlaceholder="Name or purpose"
      filterLooks={FILTER_LOOKS}
      columns={columns}
      tableMinWidth={1280}
      addLabel="Add AI system"
      addForm={ADD_FORM}
      importExtras={IMPORT_EXTRAS}
      aboveList={(_list, orgId) => <ScopeCoverageAlert orgId={orgId} />}
    />
  );
};

/**
 * The obligations register: legal, regulatory, contractual and voluntary
 * obligations; source and reference, what it requires, kind, the AI systems
 * it applies to, owner, compliance and the next review. A row opens the
 * obligation's page.
 */
import { Text } from '@mantine/core';
import { lazyDialog } from '../../components/lazy-dialog.js';
import { useMemberName } from '../../components/prework-owner-select.js';
import { useCurrentOrg } from '../../orgs/current-org.js';
import { recordNameOf } from '../../registers/record-names.js';
import { recordNameColumn } from '../../registers/register-columns.js';
import { choiceLabel, fieldOf } from '../../registers/declaration.js';
import type { RegisterRow } from '../../registers/register-queries.js';
import { RegisterListPage } from '../../registers/register-list-page.js';
import type { RegisterColumn } from '../../registers/register-table.js';
import { useAiSystemNames } from '../../registers/use-ai-system-names.js';
import { useRegister } from '../../registers/use-register.js';
import { AiSystemChips } from './ai-system-chips.js';
import { ComplianceBadge, ReviewDate } from './obligation-badges.js';

const ADD_FORM = lazyDialog(() =>
  import('./obligation-form-modal.js').then((module) => module.ObligationFormModal),
);

type Obligation = RegisterRow<'obligations'>;

/** The address names bookmarks made before the register kit use. */
const URL_SHAPE = {
  urlNames: { complianceStatus: 'status', aiSystemId: 'system', ownerUserId: 'owner' },
};

const IMPORT_EXTRAS = {
  aliases: { ownerUserId: 'Owner', aiSystemIds: 'AI systems' },
  previewFields: [
    'kind',
    'source',
    'reference',
    'requirement',
    'aiSystemNames',
    'complianceStatus',
    'nextReviewDate',
  ],
};

const FILTER_LOOKS = {
  kind: { placeholder: 'All kinds', width: 140 },
  complianceStatus: { placeholder: 'Any status', width: 175 },
  overdue: { placeholder: 'Any date' },
};

const useColumns = (): RegisterColumn<Obligation>[] => {
  const orgId = useCurrentOrg().organization.id;
  const { register } = useRegister('obligations', URL_SHAPE);
  const systems = useAiSystemNames(orgId);
  const ownerName = useMemberName(orgId);
  const kinds = fieldOf(register, 'kind').choices;
  return [
    recordNameColumn({
      header: 'Source and requirement',
      sort: 'source',
      orgId,
      path: 'obligations',
      nameOf: (obligation) => obligation.source,
      ariaLabelOf: (obligation) => recordNameOf('obligations', obligation),
      detail: (obligation) => (
        <Text size="sm" c="dimmed" lineClamp={2} mt={2}>
          {obligation.requirement}
        </Text>
      ),
    }),
    {
      header: 'Reference',
      sort: 'reference',
      width: 105,
      cell: (obligation) => <Text size="sm">{obligation.reference}</Text>,
    },
    {
      header: 'Kind',
      width: 105,
      cell: (obligation) => <Text size="sm">{choiceLabel(kinds, obligation.kind)}</Text>,
    },
    {
      header: 'AI systems',
      width: 165,
      cell: (obligation) => (
        <AiSystemChips orgId={orgId} ids={obligation.aiSystemIds} nameOf={systems.nameOf} max={2} />
      ),
    },
    {
      header: 'Owner',
      width: 130,
      cell: (obligation) =>
        obligation.ownerUserId === null ? (
          <Text size="sm" c="dimmed">
            Nobody yet
          </Text>
        ) : (
          <Text size="sm" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
            {ownerName(obligation.ownerUserId)}
          </Text>
        ),
    },
    {
      header: 'Compliance',
      sort: 'complianceStatus',
      width: 185,
      nowrap: true,
      cell: (obligation) => <ComplianceBadge status={obligation.complianceStatus} />,
    },
    {
      header: 'Next review',
      sort: 'nextReviewDate',
      width: 125,
      cell: (obligation) => (
        <ReviewDate day={obligation.nextReviewDate} isOverdue={obligation.isReviewOverdue} />
      ),
    },
  ];
};

export const ObligationsPage = () => {
  const columns = useColumns();
  return (
    <RegisterListPage
      registerKey="obligations"
      url={URL_SHAPE}
      description="The legal, regulatory, contractual and voluntary obligations that apply to the organization’s AI systems, who owns each, whether it is met, and when to review it."
      noneDescription="Register the laws, regulations, contracts and voluntary commitments your AI systems must meet — for example the EU AI Act articles for a high-risk system — or import them from a spreadsheet."
      searchPlaceholder="Source, reference or requirement"
      filterLooks={FILTER_LOOKS}
      columns={columns}
      tableMinWidth={1040}
      addLabel="Add obligation"
      addForm={ADD_FORM}
      importExtras={IMPORT_EXTRAS}
    />
  );
};

/** Every version of the risk criteria, newest first, each viewable as it was with its trail. */
import { Stack, Text } from '@mantine/core';
import { EntityHistory } from '../../audit/entity-history.js';
import { ApprovalVersionHistory } from '../../components/approval-version-history.js';
import { ApprovalVersionMeta } from '../../components/approval-version-meta.js';
import { ScopeStatusBadge } from '../scope/scope-status-badge.js';
import type { RiskCriteriaVersion } from './risk-criteria-queries.js';
import { RiskCriteriaView } from './risk-criteria-view.js';

export const RiskCriteriaHistory = ({
  orgId,
  versions,
}: {
  orgId: string;
  versions: readonly RiskCriteriaVersion[];
}) => (
  <ApprovalVersionHistory
    orgId={orgId}
    versions={versions}
    label="Risk criteria versions"
    titleOf={(version) => `AI risk criteria, version ${version.version}`}
    columns={[
      {
        header: 'Matrix',
        align: 'right',
        cell: (version) =>
          `${version.criteria.likelihood.levels.length} × ${version.criteria.consequence.levels.length}`,
      },
    ]}
  >
    {(shown) => (
      <Stack gap="md">
        <Text component="div" size="sm">
          <ScopeStatusBadge status={shown.status} />
        </Text>
        <ApprovalVersionMeta orgId={orgId} version={shown} />
        <RiskCriteriaView criteria={shown.criteria} />
        <EntityHistory orgId={orgId} entityType="risk_criteria_version" entityId={shown.id} />
      </Stack>
    )}
  </ApprovalVersionHistory>
);

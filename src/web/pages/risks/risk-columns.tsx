/**
 * The risk list's columns: the statement (linking to the risk, with the
 * opportunity mark), the AI systems it concerns (or organization-wide), the
 * owner, the inherent level, the treatment option, the residual level, the
 * status as of today and the review date, flagged when overdue.
 */
import { Group, Text } from '@mantine/core';
import { useMemberName } from '../../components/prework-owner-select.js';
import { recordNameColumn } from '../../registers/register-columns.js';
import type { RegisterColumn } from '../../registers/register-table.js';
import { useAiSystemNames } from '../../registers/use-ai-system-names.js';
import { AiSystemChips } from '../obligations/ai-system-chips.js';
import { ReviewDate } from '../obligations/obligation-badges.js';
import { LevelBadge, OpportunityBadge, StatusBadge } from './risk-badges.js';
import { TREATMENT_OPTION_LABELS } from './risk-labels.js';
import type { Risk } from './risk-labels.js';

const Dimmed = ({ children }: { children: string }) => (
  <Text size="sm" c="dimmed">
    {children}
  </Text>
);

export const useRiskColumns = (orgId: string): RegisterColumn<Risk>[] => {
  const systems = useAiSystemNames(orgId);
  const ownerName = useMemberName(orgId);
  return [
    recordNameColumn({
      header: 'Statement',
      sort: 'statement',
      orgId,
      path: 'risks',
      nameOf: (risk) => risk.statement,
      detail: (risk) =>
        risk.kind === 'opportunity' ? (
          <Group mt={4}>
            <OpportunityBadge />
          </Group>
        ) : null,
    }),
    {
      header: 'AI systems',
      width: 150,
      cell: (risk) =>
        risk.aiSystemIds.length === 0 ? (
          <Dimmed>Organization-wide</Dimmed>
        ) : (
          <AiSystemChips orgId={orgId} ids={risk.aiSystemIds} nameOf={systems.nameOf} max={2} />
        ),
    },
    {
      header: 'Owner',
      width: 120,
      cell: (risk) =>
        risk.ownerUserId === null ? (
          <Dimmed>Nobody yet</Dimmed>
        ) : (
          <Text size="sm" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
            {ownerName(risk.ownerUserId)}
          </Text>
        ),
    },
    {
      header: 'Inherent',
      sort: 'inherentLevel',
      width: 105,
      nowrap: true,
      cell: (risk) => <LevelBadge level={risk.inherent} />,
    },
    {
      header: 'Treatment',
      width: 105,
      nowrap: true,
      cell: (risk) =>
        risk.treatmentOption === null ? (
          <Dimmed>Not chosen</Dimmed>
        ) : (
          <Text size="sm">{TREATMENT_OPTION_LABELS[risk.treatmentOption]}</Text>
        ),
    },
    {
      header: 'Residual',
      sort: 'residualLevel',
      width: 105,
      nowrap: true,
      cell: (risk) => <LevelBadge level={risk.residual} />,
    },
    {
      header: 'Status',
      width: 125,
      nowrap: true,
      cell: (risk) => <StatusBadge status={risk.effectiveStatus} />,
    },
    {
      header: 'Review',
      sort: 'reviewDate',
      width: 135,
      cell: (risk) => <ReviewDate day={risk.reviewDate} isOverdue={risk.isReviewOverdue} />,
    },
  ];
};

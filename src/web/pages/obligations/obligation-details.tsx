/** An obligation's facts: what it requires, where it applies, who owns it and how it stands. */
import { Stack } from '@mantine/core';
import {
  DetailField,
  DetailGrid,
  DetailSection,
  NotSet,
  OwnerFact,
  RecordTimesFacts,
} from '../../components/prework-detail-section.js';
import { choiceLabel } from '../../registers/declaration.js';
import { useDeclaredFields } from '../../registers/use-register.js';
import { AiSystemChips } from './ai-system-chips.js';
import { ComplianceBadge, ReviewDate } from './obligation-badges.js';
import type { Obligation } from './obligation-queries.js';
import { useAiSystemNames } from '../../registers/use-ai-system-names.js';

export const ObligationDetails = ({
  obligation,
  orgId,
}: {
  obligation: Obligation;
  orgId: string;
}) => {
  const systems = useAiSystemNames(orgId);
  const kinds = useDeclaredFields('obligations')('kind').choices;
  return (
    <Stack gap="md">
      <DetailSection title="The obligation">
        <DetailGrid cols={3}>
          <DetailField label="Kind">{choiceLabel(kinds, obligation.kind)}</DetailField>
          <DetailField label="Source">{obligation.source}</DetailField>
          <DetailField label="Reference">{obligation.reference}</DetailField>
        </DetailGrid>
        <DetailGrid cols={1}>
          <DetailField label="Requirement">{obligation.requirement}</DetailField>
        </DetailGrid>
      </DetailSection>
      <DetailSection title="Where it applies and who owns it">
        <DetailGrid cols={2}>
          <DetailField label="AI systems">
            {obligation.aiSystemIds.length === 0 ? (
              <NotSet>No AI system named</NotSet>
            ) : (
              <AiSystemChips orgId={orgId} ids={obligation.aiSystemIds} nameOf={systems.nameOf} />
            )}
          </DetailField>
          <OwnerFact orgId={orgId} userId={obligation.ownerUserId} />
        </DetailGrid>
      </DetailSection>
      <DetailSection title="Compliance">
        <DetailGrid cols={4}>
          <DetailField label="Status">
            <ComplianceBadge status={obligation.complianceStatus} />
          </DetailField>
          <DetailField label="Next review">
            <ReviewDate day={obligation.nextReviewDate} isOverdue={obligation.isReviewOverdue} />
          </DetailField>
          <RecordTimesFacts record={obligation} />
        </DetailGrid>
        <DetailGrid cols={1}>
          <DetailField label="Notes">
            {obligation.notes.trim() === '' ? <NotSet>No notes</NotSet> : obligation.notes}
          </DetailField>
        </DetailGrid>
      </DetailSection>
    </Stack>
  );
};

/**
 * What a risk says: the risk itself, where it comes from and what it
 * concerns; its assessment against the criteria version it was scored with
 * (and the re-assessment newer criteria call for); its treatment and what is
 * left after it.
 */
import { Alert, Anchor, Button, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { CalendarDate } from '../../components/prework-calendar-date.js';
import {
  DetailField,
  DetailGrid,
  DetailSection,
  NotSet,
  OwnerFact,
  RecordTimesFacts,
  factOf,
} from '../../components/prework-detail-section.js';
import { orgPath } from '../../orgs/current-org.js';
import { useAiSystemNames } from '../../registers/use-ai-system-names.js';
import { catalogQuery } from '../catalog/catalog-query.js';
import { AiSystemChips } from '../obligations/ai-system-chips.js';
import { ReviewDate } from '../obligations/obligation-badges.js';
import { LevelBadge, StatusBadge } from './risk-badges.js';
import { KIND_LABELS, RISK_LABELS as LABELS, TREATMENT_OPTION_HINTS } from './risk-labels.js';
import type { Risk } from './risk-labels.js';
import { ReassessModal } from './reassess-modal.js';
import { scoreText, useCriteriaOfRisk } from './risk-scale.js';

const textOrNone = (value: string, none = 'Not recorded'): ReactNode =>
  value === '' ? <NotSet>{none}</NotSet> : value;

/** The harm of an impact assessment the risk was raised from, as a link to that assessment. */
const RaisedFrom = ({ orgId, risk }: { orgId: string; risk: Risk }) =>
  risk.impactAssessmentId === null ? null : (
    <Text size="sm">
      <Anchor
        component={Link}
        to={orgPath(orgId, 'impact-assessments', risk.impactAssessmentId)}
        size="sm"
      >
        Raised from impact assessment: harm {risk.impactId ?? '—'}
      </Anchor>
    </Text>
  );

const WhatItIs = ({ orgId, risk }: { orgId: string; risk: Risk }) => {
  const catalog = useQuery(catalogQuery);
  const systems = useAiSystemNames(orgId);
  const source = catalog.data?.annexC.riskSources.find((s) => s.id === risk.annexCRiskSourceId);
  const objectives = risk.annexCObjectiveIds.map(
    (id) => catalog.data?.annexC.objectives.find((entry) => entry.id === id)?.title ?? id,
  );
  return (
    <DetailSection title="Risk">
      <RaisedFrom orgId={orgId} risk={risk} />
      <DetailGrid cols={3}>
        <DetailField label={LABELS.kind}>{KIND_LABELS[risk.kind]}</DetailField>
        <OwnerFact orgId={orgId} userId={risk.ownerUserId} />
        <DetailField label="Status">
          <StatusBadge status={risk.effectiveStatus} />
        </DetailField>
      </DetailGrid>
      {risk.description !== '' && (
        <DetailGrid cols={1}>
          <DetailField label={LABELS.description}>{risk.description}</DetailField>
        </DetailGrid>
      )}
      <DetailGrid cols={3}>
        <DetailField label={LABELS.annexCRiskSourceId}>
          {factOf(risk.annexCRiskSourceId, (id) => source?.title ?? id, 'None')}
        </DetailField>
        <DetailField label={LABELS.source}>{textOrNone(risk.source, 'None')}</DetailField>
        <DetailField label={LABELS.annexCObjectiveIds}>
          {objectives.length === 0 ? <NotSet>None</NotSet> : objectives.join(', ')}
        </DetailField>
      </DetailGrid>
      <DetailGrid cols={1}>
        <DetailField label={LABELS.aiSystemIds}>
          {risk.aiSystemIds.length === 0 ? (
            'Organization-wide (no AI system named)'
          ) : (
            <AiSystemChips orgId={orgId} ids={risk.aiSystemIds} nameOf={systems.nameOf} />
          )}
        </DetailField>
      </DetailGrid>
      <DetailGrid cols={3}>
        <DetailField label={LABELS.consequencesForOrganization}>
          {textOrNone(risk.consequencesForOrganization)}
        </DetailField>
        <DetailField label={LABELS.consequencesForIndividuals}>
          {textOrNone(risk.consequencesForIndividuals)}
        </DetailField>
        <DetailField label={LABELS.existingControls}>
          {textOrNone(risk.existingControls)}
        </DetailField>
      </DetailGrid>
      <DetailGrid cols={3}>
        <RecordTimesFacts record={risk} />
      </DetailGrid>
    </DetailSection>
  );
};

const Reassessment = ({ orgId, risk }: { orgId: string; risk: Risk }) => {
  const { inForce } = useCriteriaOfRisk(orgId, risk);
  const [opened, { open, close }] = useDisclosure(false);
  if (!risk.needsReassessment || !inForce) return null;
  const canChange = risk.availableActions.includes('edit');
  return (
    <Alert color="orange" variant="light" title="Scored against criteria no longer in force">
      <Text size="sm">
        The risk was scored against risk criteria version {risk.criteriaVersion}; version{' '}
        {inForce.version} is in force now. Score it again on the new scales before it is accepted.
      </Text>
      {canChange && (
        <Button size="xs" variant="light" color="orange" mt="sm" onClick={open}>
          Re-assess against version {inForce.version}
        </Button>
      )}
      {opened && <ReassessModal orgId={orgId} risk={risk} criteria={inForce} onClose={close} />}
    </Alert>
  );
};

const Assessment = ({ orgId, risk }: { orgId: string; risk: Risk }) => {
  const { scoredAgainst } = useCriteriaOfRisk(orgId, risk);
  const scales = scoredAgainst?.criteria;
  const score = (scale: 'likelihood' | 'consequence', value: number | null) =>
    factOf(scoreText(scales?.[scale], value), (text) => text, 'Not scored');
  return (
    <DetailSection
      title="Assessment"
      actions={
        <Text size="sm" c="dimmed">
          {risk.criteriaVersion === null
            ? 'Not scored yet'
            : `Scored against risk criteria version ${risk.criteriaVersion}`}
        </Text>
      }
    >
      <Reassessment orgId={orgId} risk={risk} />
      <DetailGrid cols={3}>
        <DetailField label={LABELS.likelihood}>{score('likelihood', risk.likelihood)}</DetailField>
        <DetailField label={LABELS.consequence}>
          {score('consequence', risk.consequence)}
        </DetailField>
        <DetailField label="Inherent level">
          <LevelBadge level={risk.inherent} />
        </DetailField>
      </DetailGrid>
    </DetailSection>
  );
};

const Treatment = ({ orgId, risk }: { orgId: string; risk: Risk }) => {
  const { scoredAgainst } = useCriteriaOfRisk(orgId, risk);
  const scales = scoredAgainst?.criteria;
  const score = (scale: 'likelihood' | 'consequence', value: number | null) =>
    factOf(scoreText(scales?.[scale], value), (text) => text, 'Not scored');
  return (
    <DetailSection title="Treatment and residual risk">
      <DetailGrid cols={3}>
        <DetailField label={LABELS.treatmentOption}>
          {factOf(risk.treatmentOption, (option) => TREATMENT_OPTION_HINTS[option], 'Not chosen')}
        </DetailField>
        <DetailField label={LABELS.treatmentDueDate}>
          {factOf(risk.treatmentDueDate, (day) => (
            <CalendarDate value={day} />
          ))}
        </DetailField>
        <DetailField label={LABELS.reviewDate}>
          <ReviewDate day={risk.reviewDate} isOverdue={risk.isReviewOverdue} />
        </DetailField>
        <DetailField label={LABELS.residualLikelihood}>
          {score('likelihood', risk.residualLikelihood)}
        </DetailField>
        <DetailField label={LABELS.residualConsequence}>
          {score('consequence', risk.residualConsequence)}
        </DetailField>
        <DetailField label="Residual level">
          <LevelBadge level={risk.residual} />
        </DetailField>
      </DetailGrid>
      {risk.isAboveThreshold && risk.effectiveStatus !== 'accepted' && (
        <Alert color="red" variant="light" title="Above the acceptance threshold">
          <Text size="sm">
            Bring it down with treatment actions (done, with a residual score at or below the
            threshold), or have its residual risk accepted before it is closed.
          </Text>
        </Alert>
      )}
    </DetailSection>
  );
};

export const RiskDetails = ({ orgId, risk }: { orgId: string; risk: Risk }) => (
  <>
    <WhatItIs orgId={orgId} risk={risk} />
    <Assessment orgId={orgId} risk={risk} />
    <Treatment orgId={orgId} risk={risk} />
  </>
);

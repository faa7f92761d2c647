/**
 * What an objective is: how it is measured (metric, target and direction, or
 * a qualitative evaluation method), its Annex C objective, and its planning
 * under clause 6.2, with the planning items still missing named.
 */
import { Alert } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import {
  DetailField,
  DetailGrid,
  DetailSection,
  NotSet,
  OwnerFact,
  factOf,
} from '../../components/prework-detail-section.js';
import { CalendarDate } from '../../components/prework-calendar-date.js';
import { catalogQuery } from '../catalog/catalog-query.js';
import { OBJECTIVE_LABELS } from './objective-form-values.js';
import { DIRECTION_LABELS, KIND_LABELS, targetText } from './objective-progress.js';
import type { Objective } from './objective-queries.js';

const textOrMissing = (value: string): ReactNode =>
  value === '' ? <NotSet>Not recorded yet</NotSet> : value;

const PlanningGaps = ({ gaps }: { gaps: Objective['planningGaps'] }) =>
  gaps.length === 0 ? null : (
    <Alert color="yellow" variant="light" title="Planning not complete (clause 6.2)">
      Still to record: {gaps.map((gap) => OBJECTIVE_LABELS[gap].toLowerCase()).join(', ')}.
    </Alert>
  );

const Measure = ({ objective }: { objective: Objective }) =>
  objective.kind === 'qualitative' ? (
    <DetailGrid cols={1}>
      <DetailField label={OBJECTIVE_LABELS.evaluationMethod}>
        {textOrMissing(objective.evaluationMethod)}
      </DetailField>
    </DetailGrid>
  ) : (
    <DetailGrid cols={objective.evaluationMethod === '' ? 2 : 3}>
      <DetailField label="Metric">{objective.metric}</DetailField>
      <DetailField label="Target">
        {targetText(objective)} · {DIRECTION_LABELS[objective.direction].toLowerCase()}
      </DetailField>
      {objective.evaluationMethod !== '' && (
        <DetailField label={OBJECTIVE_LABELS.evaluationMethod}>
          {objective.evaluationMethod}
        </DetailField>
      )}
    </DetailGrid>
  );

export const ObjectiveDetails = ({ orgId, objective }: { orgId: string; objective: Objective }) => {
  const catalog = useQuery(catalogQuery);
  const annexC = catalog.data?.annexC.objectives.find(
    (entry) => entry.id === objective.annexCObjectiveId,
  );
  return (
    <>
      <DetailSection title="Objective">
        {objective.description !== '' && (
          <DetailGrid cols={1}>
            <DetailField label="Description">{objective.description}</DetailField>
          </DetailGrid>
        )}
        <DetailGrid cols={2}>
          <DetailField label={OBJECTIVE_LABELS.kind}>{KIND_LABELS[objective.kind]}</DetailField>
          <DetailField label="Annex C objective">
            {factOf(objective.annexCObjectiveId, (id) => annexC?.title ?? id, 'None')}
          </DetailField>
        </DetailGrid>
        <Measure objective={objective} />
      </DetailSection>
      <DetailSection title="Planning (clause 6.2)">
        <PlanningGaps gaps={objective.planningGaps} />
        <DetailGrid cols={1}>
          <DetailField label={OBJECTIVE_LABELS.plan}>{textOrMissing(objective.plan)}</DetailField>
          <DetailField label={OBJECTIVE_LABELS.resources}>
            {textOrMissing(objective.resources)}
          </DetailField>
        </DetailGrid>
        <DetailGrid cols={2}>
          <OwnerFact orgId={orgId} userId={objective.ownerUserId} />
          <DetailField label={OBJECTIVE_LABELS.dueDate}>
            {factOf(objective.dueDate, (day) => (
              <CalendarDate value={day} />
            ))}
          </DetailField>
        </DetailGrid>
        <DetailGrid cols={1}>
          <DetailField label={OBJECTIVE_LABELS.communication}>
            {textOrMissing(objective.communication)}
          </DetailField>
          <DetailField label={OBJECTIVE_LABELS.policyConsistency}>
            {textOrMissing(objective.policyConsistency)}
          </DetailField>
        </DetailGrid>
      </DetailSection>
    </>
  );
};

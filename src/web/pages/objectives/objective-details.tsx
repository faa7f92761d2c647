/** What an objective is: metric, target and direction, owner, due date, Annex C objective, plan. */
import { useQuery } from '@tanstack/react-query';
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
import { DIRECTION_LABELS, targetText } from './objective-progress.js';
import type { Objective } from './objective-queries.js';

export const ObjectiveDetails = ({ orgId, objective }: { orgId: string; objective: Objective }) => {
  const catalog = useQuery(catalogQuery);
  const annexC = catalog.data?.annexC.objectives.find(
    (entry) => entry.id === objective.annexCObjectiveId,
  );
  return (
    <DetailSection title="Objective">
      {objective.description !== '' && (
        <DetailGrid cols={1}>
          <DetailField label="Description">{objective.description}</DetailField>
        </DetailGrid>
      )}
      <DetailGrid cols={3}>
        <DetailField label="Metric">{objective.metric}</DetailField>
        <DetailField label="Target">
          {targetText(objective)} · {DIRECTION_LABELS[objective.direction].toLowerCase()}
        </DetailField>
        <DetailField label="Annex C objective">
          {factOf(objective.annexCObjectiveId, (id) => annexC?.title ?? id, 'None')}
        </DetailField>
        <OwnerFact orgId={orgId} userId={objective.ownerUserId} />
        <DetailField label="Due date">
          {factOf(objective.dueDate, (day) => (
            <CalendarDate value={day} />
          ))}
        </DetailField>
      </DetailGrid>
      <DetailGrid cols={1}>
        <DetailField label="Plan">
          {objective.plan === '' ? <NotSet>No plan written yet</NotSet> : objective.plan}
        </DetailField>
      </DetailGrid>
    </DetailSection>
  );
};

/** What an objective is: metric, target and direction, owner, due date, Annex C objective, plan. */
import { useQuery } from '@tanstack/react-query';
import {
  DetailField,
  DetailGrid,
  DetailSection,
  NotSet,
} from '../../components/prework-detail-section.js';
import { CalendarDate } from '../../components/prework-calendar-date.js';
import { useMemberName } from '../../components/prework-owner-select.js';
import { catalogQuery } from '../catalog/catalog-query.js';
import { DIRECTION_LABELS, targetText } from './objective-progress.js';
import type { Objective } from './objective-queries.js';

export const ObjectiveDetails = ({ orgId, objective }: { orgId: string; objective: Objective }) => {
  const nameOf = useMemberName(orgId);
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
          {objective.annexCObjectiveId === null ? (
            <NotSet>None</NotSet>
          ) : (
            (annexC?.title ?? objective.annexCObjectiveId)
          )}
        </DetailField>
        <DetailField label="Owner">
          {objective.ownerUserId === null ? (
            <NotSet>Nobody yet</NotSet>
          ) : (
            nameOf(objective.ownerUserId)
          )}
        </DetailField>
        <DetailField label="Due date">
          {objective.dueDate === null ? <NotSet /> : <CalendarDate value={objective.dueDate} />}
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

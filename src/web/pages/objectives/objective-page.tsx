/**
 * One AI objective: where it stands against its target, the trend of its
 * measurements, the measurements themselves, and recording a new one.
 */
import { Group, Skeleton, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { DetailSection } from '../../components/prework-detail-section.js';
import { useCurrentOrg } from '../../orgs/current-org.js';
import { RecordPage } from '../../registers/record-page.js';
import { MeasurementsTable } from './measurements-table.js';
import { ObjectiveDetails } from './objective-details.js';
import { ObjectiveFormModal } from './objective-form-modal.js';
import { ObjectiveStatus, formatValue } from './objective-progress.js';
import { objectiveQuery, useDeleteObjective, type Objective } from './objective-queries.js';
import { RecordMeasurementForm } from './record-measurement-form.js';

const ObjectiveChart = lazy(() => import('./objective-chart.js'));

const Standing = ({ objective }: { objective: Objective }) => {
  const { progress } = objective;
  return (
    <Group gap="sm">
      <ObjectiveStatus objective={objective} />
      <Text size="sm" c="dimmed">
        {progress.latestValue === null
          ? 'No measurement yet'
          : `Latest ${formatValue(progress.latestValue, objective.unit)}`}
      </Text>
    </Group>
  );
};

const ObjectiveFacts = ({ orgId, objective }: { orgId: string; objective: Objective }) => {
  const canMeasure = objective.availableActions.includes('record_measurement');
  return (
    <>
      <DetailSection title="Progress" actions={<Standing objective={objective} />}>
        <Suspense fallback={<Skeleton height={240} />}>
          <ObjectiveChart objective={objective} />
        </Suspense>
        {canMeasure && <RecordMeasurementForm orgId={orgId} objective={objective} />}
      </DetailSection>
      <DetailSection title="Measurements">
        <MeasurementsTable orgId={orgId} objective={objective} canDelete={canMeasure} />
      </DetailSection>
      <ObjectiveDetails orgId={orgId} objective={objective} />
    </>
  );
};

export const ObjectivePage = () => {
  const { organization } = useCurrentOrg();
  const orgId = organization.id;
  const { objectiveId = '' } = useParams();
  const objective = useQuery(objectiveQuery(orgId, objectiveId));
  const remove = useDeleteObjective(orgId);
  return (
    <RecordPage
      orgId={orgId}
      registerKey="objectives"
      record={objective}
      titleOf={(data) => data.title}
      notFoundMessage="It may have been deleted."
      entityType="objective"
      editForm={(data, onClose) => (
        <ObjectiveFormModal orgId={orgId} record={data} onClose={onClose} />
      )}
      removal={{
        message: (data) =>
          `“${data.title}” and its ${data.measurements.length} measurements will be deleted. The audit trail keeps a record of the deletion.`,
        mutation: remove,
      }}
    >
      {(data) => <ObjectiveFacts orgId={orgId} objective={data} />}
    </RecordPage>
  );
};

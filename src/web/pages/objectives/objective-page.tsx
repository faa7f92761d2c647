/**
 * One AI objective: where it stands against its target, the trend of its
 * measurements, the measurements themselves, and recording a new one.
 */
import { Group, Skeleton, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { DetailSection } from '../../components/prework-detail-section.js';
import { RecordPage } from '../../registers/record-page.js';
import { MeasurementsTable } from './measurements-table.js';
import { ObjectiveDetails } from './objective-details.js';
import { ObjectiveFormModal } from './objective-form-modal.js';
import { ObjectiveStatus, formatValue } from './objective-progress.js';
import type { Objective } from './objective-queries.js';
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
          : `Latest ${formatValue(progress.latestValue, objective)}`}
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

export const ObjectivePage = () => (
  <RecordPage
    registerKey="objectives"
    entityType="objective"
    editForm={ObjectiveFormModal}
    deleteMessage={(objective) =>
      `“${objective.title}” and its ${objective.measurements.length} measurements will be deleted. The audit trail keeps a record of the deletion.`
    }
  >
    {(objective, orgId) => <ObjectiveFacts orgId={orgId} objective={objective} />}
  </RecordPage>
);

/**
 * One AI objective: where it stands against its target, the trend of its
 * measurements, the measurements themselves, and recording a new one.
 */
import { Anchor, Breadcrumbs, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client.js';
import { EntityHistory } from '../../audit/entity-history.js';
import { ConfirmButton } from '../../components/confirm-button.js';
import { ErrorState } from '../../components/error-state.js';
import { notifyFailure, notifySuccess } from '../../components/notify.js';
import { PageHeader } from '../../components/page-header.js';
import { DetailSection } from '../../components/prework-detail-section.js';
import { orgPath, useCurrentOrg } from '../../orgs/current-org.js';
import { useCanReadHistory } from '../../registers/pending-permissions.js';
import { NotFoundPage } from '../not-found.js';
import { MeasurementsTable } from './measurements-table.js';
import { ObjectiveDetails } from './objective-details.js';
import { objectiveFormValuesOf } from './objective-form-values.js';
import { ObjectiveFormModal } from './objective-form-modal.js';
import { ObjectiveStatus, formatValue } from './objective-progress.js';
import {
  objectiveQuery,
  useDeleteObjective,
  useUpdateObjective,
  type Objective,
} from './objective-queries.js';
import { RecordMeasurementForm } from './record-measurement-form.js';

const ObjectiveChart = lazy(() => import('./objective-chart.js'));

const EditButton = ({ orgId, objective }: { orgId: string; objective: Objective }) => {
  const [opened, { open, close }] = useDisclosure(false);
  const update = useUpdateObjective(orgId, objective.id);
  return (
    <>
      <Button variant="default" onClick={open}>
        Edit
      </Button>
      {opened && (
        <ObjectiveFormModal
          orgId={orgId}
          title={`Edit ${objective.title}`}
          submitLabel="Save changes"
          initialValues={objectiveFormValuesOf(objective)}
          isSaving={update.isPending}
          save={update.mutate}
          onSaved={(saved) => {
            notifySuccess(`“${saved.title}” was saved.`);
            close();
          }}
          onClose={close}
        />
      )}
    </>
  );
};

const DeleteButton = ({ orgId, objective }: { orgId: string; objective: Objective }) => {
  const remove = useDeleteObjective(orgId, objective.id);
  const navigate = useNavigate();
  return (
    <ConfirmButton
      title="Delete objective"
      message={`“${objective.title}” and its ${objective.measurements.length} measurements will be deleted. The audit trail keeps a record of the deletion.`}
      confirmLabel="Delete objective"
      loading={remove.isPending}
      onConfirm={() =>
        remove.mutate(undefined, {
          onSuccess: () => {
            notifySuccess(`“${objective.title}” was deleted.`);
            void navigate(orgPath(orgId, 'objectives'));
          },
          onError: (error) => notifyFailure('Could not delete the objective', error),
        })
      }
    >
      Delete
    </ConfirmButton>
  );
};

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

export const ObjectivePage = () => {
  const { organization } = useCurrentOrg();
  const orgId = organization.id;
  const { objectiveId = '' } = useParams();
  const canReadTrail = useCanReadHistory();
  const objective = useQuery(objectiveQuery(orgId, objectiveId));

  if (objective.error instanceof ApiError && objective.error.status === 404) {
    return (
      <NotFoundPage
        title="Objective not found"
        message="This AI objective does not exist in this organization, or it was deleted."
      />
    );
  }
  const data = objective.data;
  const can = (action: Objective['availableActions'][number]) =>
    data?.availableActions.includes(action) ?? false;

  return (
    <>
      <PageHeader
        title={data?.title ?? 'AI objective'}
        above={
          <Breadcrumbs aria-label="Breadcrumb">
            <Anchor component={Link} to={orgPath(orgId, 'objectives')} size="sm">
              AI objectives
            </Anchor>
            <Text size="sm" aria-current="page">
              {data?.title ?? '…'}
            </Text>
          </Breadcrumbs>
        }
        actions={
          data && (can('edit') || can('delete')) ? (
            <>
              {can('delete') && <DeleteButton orgId={orgId} objective={data} />}
              {can('edit') && <EditButton orgId={orgId} objective={data} />}
            </>
          ) : undefined
        }
      />
      <Stack gap="md">
        {objective.isError && (
          <ErrorState error={objective.error} onRetry={() => void objective.refetch()} />
        )}
        {objective.isPending && <Skeleton height={320} radius="md" />}
        {data && (
          <>
            <DetailSection title="Progress" actions={<Standing objective={data} />}>
              <Suspense fallback={<Skeleton height={240} />}>
                <ObjectiveChart objective={data} />
              </Suspense>
              {can('record_measurement') && (
                <RecordMeasurementForm orgId={orgId} objective={data} />
              )}
            </DetailSection>
            <DetailSection title="Measurements">
              <MeasurementsTable
                orgId={orgId}
                objective={data}
                canDelete={can('record_measurement')}
              />
            </DetailSection>
            <ObjectiveDetails orgId={orgId} objective={data} />
            {canReadTrail && (
              <EntityHistory orgId={orgId} entityType="objective" entityId={data.id} />
            )}
          </>
        )}
      </Stack>
    </>
  );
};

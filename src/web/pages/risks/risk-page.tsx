/**
 * One AI risk: what it is, its assessment and treatment, the treatment
 * actions, the acceptances of its residual risk, and its history; with Edit,
 * Delete and Close as the risk's `availableActions` allow. A refusal to close
 * it stays on the page in the API's words.
 */
import { Alert, Anchor, Breadcrumbs, Button, Skeleton, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client.js';
import { EntityHistory } from '../../audit/entity-history.js';
import { ConfirmButton } from '../../components/confirm-button.js';
import { ErrorState } from '../../components/error-state.js';
import { notifyFailure, notifySuccess } from '../../components/notify.js';
import { PageHeader } from '../../components/page-header.js';
import { orgPath, useCurrentOrg } from '../../orgs/current-org.js';
import { useCanReadHistory } from '../../registers/pending-permissions.js';
import { registerRecordQuery, useRegisterRecordDelete } from '../../registers/register-records.js';
import { NotFoundPage } from '../not-found.js';
import { CloseRiskButton } from './close-risk-button.js';
import { RiskAcceptances } from './risk-acceptances.js';
import { RiskDetails } from './risk-details.js';
import { RiskFormModal } from './risk-form-modal.js';
import { RISK_HISTORY_FIELDS } from './risk-labels.js';
import type { Risk } from './risk-labels.js';
import { TreatmentActions } from './treatment-actions.js';

const DeleteRisk = ({ orgId, risk }: { orgId: string; risk: Risk }) => {
  const navigate = useNavigate();
  const mutation = useRegisterRecordDelete(orgId, 'risks');
  return (
    <ConfirmButton
      title="Delete risk"
      message={`“${risk.statement}”, its treatment actions and acceptances will be deleted. The audit trail keeps a record of the deletion.`}
      confirmLabel="Delete"
      loading={mutation.isPending}
      onConfirm={() =>
        mutation.mutate(risk.id, {
          onSuccess: () => {
            notifySuccess(`“${risk.statement}” was deleted.`);
            void navigate(orgPath(orgId, 'risks'));
          },
          onError: (error) => notifyFailure('Could not delete the risk', error),
        })
      }
    >
      Delete
    </ConfirmButton>
  );
};

const Actions = ({
  orgId,
  risk,
  onEdit,
  onRefused,
}: {
  orgId: string;
  risk: Risk;
  onEdit: () => void;
  onRefused: (message: string | null) => void;
}) => {
  const may = (action: string) => (risk.availableActions as readonly string[]).includes(action);
  if (!may('edit') && !may('delete') && !may('close')) return null;
  return (
    <>
      {may('delete') && <DeleteRisk orgId={orgId} risk={risk} />}
      {may('close') && <CloseRiskButton orgId={orgId} risk={risk} onRefused={onRefused} />}
      {may('edit') && (
        <Button variant="default" onClick={onEdit}>
          Edit
        </Button>
      )}
    </>
  );
};

export const RiskPage = () => {
  const orgId = useCurrentOrg().organization.id;
  const riskId = useParams().riskId ?? '';
  const record = useQuery(registerRecordQuery(orgId, 'risks', riskId));
  const canReadHistory = useCanReadHistory();
  const [editing, { open: openEdit, close: closeEdit }] = useDisclosure(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  if (record.error instanceof ApiError && record.error.status === 404) {
    return (
      <NotFoundPage
        title="Risk not found"
        message="This risk does not exist in this organization. It may have been deleted."
      />
    );
  }
  const risk = record.data;
  const breadcrumbs = (
    <Breadcrumbs aria-label="Breadcrumb">
      <Anchor component={Link} to={orgPath(orgId, 'risks')} size="sm">
        AI risks
      </Anchor>
      <Text size="sm" aria-current="page" lineClamp={1}>
        {risk ? risk.statement : '…'}
      </Text>
    </Breadcrumbs>
  );
  return (
    <>
      <PageHeader
        title={risk ? risk.statement : 'Risk'}
        above={breadcrumbs}
        actions={
          risk && <Actions orgId={orgId} risk={risk} onEdit={openEdit} onRefused={setRefusal} />
        }
      />
      <Stack gap="xl">
        {refusal !== null && (
          <Alert
            color="red"
            variant="light"
            role="alert"
            title="The risk cannot be closed"
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setRefusal(null)}
          >
            {refusal}
          </Alert>
        )}
        {record.isError && (
          <ErrorState error={record.error} onRetry={() => void record.refetch()} />
        )}
        {record.isPending && <Skeleton height={320} radius="md" />}
        {risk && (
          <>
            <RiskDetails orgId={orgId} risk={risk} />
            <TreatmentActions orgId={orgId} risk={risk} />
            <RiskAcceptances orgId={orgId} risk={risk} />
          </>
        )}
        {risk && canReadHistory && (
          <EntityHistory
            orgId={orgId}
            entityType="risk"
            entityId={risk.id}
            fields={RISK_HISTORY_FIELDS}
          />
        )}
      </Stack>
      {risk && editing && <RiskFormModal orgId={orgId} record={risk} onClose={closeEdit} />}
    </>
  );
};

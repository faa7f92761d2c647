/** One obligation: its facts, Edit and Delete when allowed, and (for those who may read the trail) its history. */
import { Anchor, Breadcrumbs, Button, Skeleton, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client.js';
import { EntityHistory } from '../../audit/entity-history.js';
import { ConfirmButton } from '../../components/confirm-button.js';
import { ErrorState } from '../../components/error-state.js';
import { notifyFailure, notifySuccess } from '../../components/notify.js';
import { PageHeader } from '../../components/page-header.js';
import { orgPath, useCurrentOrg } from '../../orgs/current-org.js';
import { useCanReadHistory } from '../../registers/use-can-read-history.js';
import { NotFoundPage } from '../not-found.js';
import { ObligationDetails } from './obligation-details.js';
import { ObligationFormModal } from './obligation-form-modal.js';
import { obligationQuery, useDeleteObligation, type Obligation } from './obligation-queries.js';

const titleOf = (obligation: Obligation | undefined) =>
  obligation ? `${obligation.source} ${obligation.reference}` : 'Obligation';

const Actions = ({
  orgId,
  obligation,
  onEdit,
}: {
  orgId: string;
  obligation: Obligation;
  onEdit: () => void;
}) => {
  const navigate = useNavigate();
  const remove = useDeleteObligation(orgId);
  const name = titleOf(obligation);
  return (
    <>
      {obligation.availableActions.includes('delete') && (
        <ConfirmButton
          title="Delete obligation"
          message={`“${name}” will be removed from the obligations register. The audit trail keeps what it said.`}
          confirmLabel="Delete"
          loading={remove.isPending}
          onConfirm={() =>
            remove.mutate(obligation.id, {
              onSuccess: () => {
                notifySuccess(`“${name}” was deleted.`);
                void navigate(orgPath(orgId, 'obligations'));
              },
              onError: (error) => notifyFailure('Could not delete the obligation', error),
            })
          }
        >
          Delete
        </ConfirmButton>
      )}
      {obligation.availableActions.includes('edit') && (
        <Button variant="default" onClick={onEdit}>
          Edit
        </Button>
      )}
    </>
  );
};

export const ObligationPage = () => {
  const { organization } = useCurrentOrg();
  const { obligationId = '' } = useParams();
  const canReadTrail = useCanReadHistory();
  const [editing, { open: openEdit, close: closeEdit }] = useDisclosure(false);
  const obligation = useQuery(obligationQuery(organization.id, obligationId));

  if (obligation.error instanceof ApiError && obligation.error.status === 404) {
    return (
      <NotFoundPage
        title="Obligation not found"
        message="This obligation does not exist in this organization. It may have been deleted."
      />
    );
  }

  const breadcrumbs = (
    <Breadcrumbs aria-label="Breadcrumb">
      <Anchor component={Link} to={orgPath(organization.id, 'obligations')} size="sm">
        Obligations
      </Anchor>
      <Text size="sm" aria-current="page">
        {obligation.data ? titleOf(obligation.data) : '…'}
      </Text>
    </Breadcrumbs>
  );

  return (
    <>
      <PageHeader
        title={titleOf(obligation.data)}
        above={breadcrumbs}
        actions={
          obligation.data && obligation.data.availableActions.length > 0 ? (
            <Actions orgId={organization.id} obligation={obligation.data} onEdit={openEdit} />
          ) : undefined
        }
      />
      <Stack gap="xl">
        {obligation.isError && (
          <ErrorState error={obligation.error} onRetry={() => void obligation.refetch()} />
        )}
        {obligation.isPending && <Skeleton height={320} radius="md" />}
        {obligation.data && (
          <ObligationDetails obligation={obligation.data} orgId={organization.id} />
        )}
        {obligation.data && canReadTrail && (
          <EntityHistory
            orgId={organization.id}
            entityType="obligation"
            entityId={obligation.data.id}
          />
        )}
      </Stack>
      {obligation.data && editing && (
        <ObligationFormModal
          orgId={organization.id}
          obligation={obligation.data}
          onClose={closeEdit}
        />
      )}
    </>
  );
};

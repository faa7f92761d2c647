/** One obligation: its facts, Edit and Delete when allowed, and (for those who may read the trail) its history. */
import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { ConfirmButton } from '../../components/confirm-button.js';
import { notifyFailure, notifySuccess } from '../../components/notify.js';
import { orgPath, useCurrentOrg } from '../../orgs/current-org.js';
import { RecordPage } from '../../registers/record-page.js';
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
  const [editing, { open: openEdit, close: closeEdit }] = useDisclosure(false);
  const obligation = useQuery(obligationQuery(organization.id, obligationId));
  return (
    <>
      <RecordPage
        orgId={organization.id}
        register={{ path: 'obligations', many: 'Obligations' }}
        record={obligation}
        titleOf={titleOf}
        notFound={{
          title: 'Obligation not found',
          message: 'This obligation does not exist in this organization. It may have been deleted.',
        }}
        entityType="obligation"
        actions={(data) =>
          data.availableActions.length > 0 ? (
            <Actions orgId={organization.id} obligation={data} onEdit={openEdit} />
          ) : undefined
        }
      >
        {(data) => <ObligationDetails obligation={data} orgId={organization.id} />}
      </RecordPage>
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

/** One obligation: its facts, Edit and Delete when allowed, and (for those who may read the trail) its history. */
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useCurrentOrg } from '../../orgs/current-org.js';
import { RecordPage } from '../../registers/record-page.js';
import { ObligationDetails } from './obligation-details.js';
import { ObligationFormModal } from './obligation-form-modal.js';
import { obligationQuery, useDeleteObligation } from './obligation-queries.js';

export const ObligationPage = () => {
  const { organization } = useCurrentOrg();
  const orgId = organization.id;
  const { obligationId = '' } = useParams();
  const obligation = useQuery(obligationQuery(orgId, obligationId));
  const remove = useDeleteObligation(orgId);
  return (
    <RecordPage
      orgId={orgId}
      registerKey="obligations"
      record={obligation}
      titleOf={(data) => `${data.source} ${data.reference}`}
      notFoundMessage="It may have been deleted."
      entityType="obligation"
      editForm={(data, onClose) => (
        <ObligationFormModal orgId={orgId} record={data} onClose={onClose} />
      )}
      removal={{
        message: (data) =>
          `“${data.source} ${data.reference}” will be removed from the obligations register. The audit trail keeps what it said.`,
        mutation: remove,
      }}
    >
      {(data) => <ObligationDetails obligation={data} orgId={orgId} />}
    </RecordPage>
  );
};

/** One obligation: its facts, Edit and Delete when allowed, and (for those who may read the trail) its history. */
import { RecordPage } from '../../registers/record-page.js';
import { ObligationDetails } from './obligation-details.js';
import { ObligationFormModal } from './obligation-form-modal.js';

export const ObligationPage = () => (
  <RecordPage
    registerKey="obligations"
    entityType="obligation"
    editForm={ObligationFormModal}
    deleteMessage={(obligation) =>
      `“${obligation.source} ${obligation.reference}” will be removed from the obligations register. The audit trail keeps what it said.`
    }
  >
    {(obligation, orgId) => <ObligationDetails obligation={obligation} orgId={orgId} />}
  </RecordPage>
);

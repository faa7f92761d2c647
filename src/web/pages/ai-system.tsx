/** One AI system: what it is, how it is classified, and (for those who may read the trail) its history. */
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useCurrentOrg } from '../orgs/current-org.js';
import { RecordPage } from '../registers/record-page.js';
import { AiSystemDetails } from './ai-systems/ai-system-details.js';
import { AiSystemFormModal } from './ai-systems/ai-system-form-modal.js';
import { aiSystemQuery } from './ai-systems/ai-system-queries.js';

export const AiSystemPage = () => {
  const { organization } = useCurrentOrg();
  const orgId = organization.id;
  const { aiSystemId = '' } = useParams();
  const system = useQuery(aiSystemQuery(orgId, aiSystemId));
  return (
    <RecordPage
      orgId={orgId}
      registerKey="ai-systems"
      record={system}
      titleOf={(data) => data.name}
      notFoundMessage="It may have been registered in another organization."
      entityType="ai_system"
      editForm={(data, onClose) => (
        <AiSystemFormModal orgId={orgId} record={data} onClose={onClose} />
      )}
    >
      {(data) => <AiSystemDetails system={data} orgId={orgId} />}
    </RecordPage>
  );
};

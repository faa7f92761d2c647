/** One AI system: what it is, how it is classified, and (for those who may read the trail) its history. */
import { RecordPage } from '../registers/record-page.js';
import { AiSystemDetails } from './ai-systems/ai-system-details.js';
import { AiSystemFormModal } from './ai-systems/ai-system-form-modal.js';

export const AiSystemPage = () => (
  <RecordPage registerKey="ai-systems" entityType="ai_system" editForm={AiSystemFormModal}>
    {(system, orgId) => <AiSystemDetails system={system} orgId={orgId} />}
  </RecordPage>
);

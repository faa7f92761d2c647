/** One AI system: what it is, how it is classified, and (for those who may read the trail) its history. */
import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useCurrentOrg } from '../orgs/current-org.js';
import { RecordPage } from '../registers/record-page.js';
import { AiSystemDetails } from './ai-systems/ai-system-details.js';
import { aiSystemQuery } from './ai-systems/ai-system-queries.js';
import { EditAiSystemModal } from './ai-systems/edit-ai-system-modal.js';

export const AiSystemPage = () => {
  const { organization } = useCurrentOrg();
  const { aiSystemId = '' } = useParams();
  const [editing, { open: openEdit, close: closeEdit }] = useDisclosure(false);
  const system = useQuery(aiSystemQuery(organization.id, aiSystemId));
  return (
    <>
      <RecordPage
        orgId={organization.id}
        register={{ path: 'ai-systems', many: 'AI systems' }}
        record={system}
        titleOf={(data) => data?.name ?? 'AI system'}
        notFound={{
          title: 'AI system not found',
          message:
            'This AI system does not exist in this organization. It may have been registered in another organization.',
        }}
        entityType="ai_system"
        actions={(data) =>
          data.availableActions.includes('edit') ? (
            <Button variant="default" onClick={openEdit}>
              Edit
            </Button>
          ) : undefined
        }
      >
        {(data) => <AiSystemDetails system={data} orgId={organization.id} />}
      </RecordPage>
      {system.data?.availableActions.includes('edit') && (
        <EditAiSystemModal
          orgId={organization.id}
          system={system.data}
          opened={editing}
          onClose={closeEdit}
        />
      )}
    </>
  );
};

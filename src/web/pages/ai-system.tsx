/** One AI system: what it is, how it is classified, and (for those who may read the trail) its history. */
import { Anchor, Breadcrumbs, Button, Skeleton, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/client.js';
import { EntityHistory } from '../audit/entity-history.js';
import { ErrorState } from '../components/error-state.js';
import { PageHeader } from '../components/page-header.js';
import { orgPath, useCurrentOrg } from '../orgs/current-org.js';
import { useCanReadHistory } from '../registers/use-can-read-history.js';
import { AiSystemDetails } from './ai-systems/ai-system-details.js';
import { aiSystemQuery } from './ai-systems/ai-system-queries.js';
import { EditAiSystemModal } from './ai-systems/edit-ai-system-modal.js';
import { NotFoundPage } from './not-found.js';

export const AiSystemPage = () => {
  const { organization } = useCurrentOrg();
  const { aiSystemId = '' } = useParams();
  const canReadTrail = useCanReadHistory();
  const [editing, { open: openEdit, close: closeEdit }] = useDisclosure(false);
  const system = useQuery(aiSystemQuery(organization.id, aiSystemId));
  const registerPath = orgPath(organization.id, 'ai-systems');

  if (system.error instanceof ApiError && system.error.status === 404) {
    return (
      <NotFoundPage
        title="AI system not found"
        message="This AI system does not exist in this organization. It may have been registered in another organization."
      />
    );
  }

  const breadcrumbs = (
    <Breadcrumbs aria-label="Breadcrumb">
      <Anchor component={Link} to={registerPath} size="sm">
        AI systems
      </Anchor>
      <Text size="sm" aria-current="page">
        {system.data?.name ?? '…'}
      </Text>
    </Breadcrumbs>
  );

  return (
    <>
      <PageHeader
        title={system.data?.name ?? 'AI system'}
        above={breadcrumbs}
        actions={
          system.data?.availableActions.includes('edit') ? (
            <Button variant="default" onClick={openEdit}>
              Edit
            </Button>
          ) : undefined
        }
      />
      <Stack gap="xl">
        {system.isError && (
          <ErrorState error={system.error} onRetry={() => void system.refetch()} />
        )}
        {system.isPending && <Skeleton height={320} radius="md" />}
        {system.data && <AiSystemDetails system={system.data} orgId={organization.id} />}
        {system.data && canReadTrail && (
          <EntityHistory orgId={organization.id} entityType="ai_system" entityId={system.data.id} />
        )}
      </Stack>
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

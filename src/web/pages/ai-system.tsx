/** One AI system: what it is, where it stands, and (for those who may read the trail) its history. */
import { Anchor, Box, Breadcrumbs, Paper, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/client.js';
import { EntityHistory } from '../audit/entity-history.js';
import { DateTime } from '../components/date-time.js';
import { ErrorState } from '../components/error-state.js';
import { PageHeader } from '../components/page-header.js';
import { LIFECYCLE_STAGE_LABELS } from '../labels/lifecycle-stages.js';
import { orgPath, useCan, useCurrentOrg } from '../orgs/current-org.js';
import { aiSystemQuery } from './ai-systems/ai-system-queries.js';
import { ScopeBadge } from './ai-systems/ai-systems-table.js';
import { NotFoundPage } from './not-found.js';

const Field = ({ label, children }: { label: string; children: ReactNode }) => (
  <div>
    <Text
      component="dt"
      size="xs"
      fw={700}
      tt="uppercase"
      c="dimmed"
      style={{ letterSpacing: '0.05em' }}
    >
      {label}
    </Text>
    <Text component="dd" m={0} mt={4} size="sm">
      {children}
    </Text>
  </div>
);

export const AiSystemPage = () => {
  const { organization } = useCurrentOrg();
  const { aiSystemId = '' } = useParams();
  const canReadTrail = useCan('audit_log.read');
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
      <PageHeader title={system.data?.name ?? 'AI system'} above={breadcrumbs} />
      <Stack gap="xl">
        {system.isError && (
          <ErrorState error={system.error} onRetry={() => void system.refetch()} />
        )}
        {system.isPending && <Skeleton height={180} radius="md" />}
        {system.data && (
          <Paper p="lg">
            <Stack gap="lg">
              <Box component="dl" m={0}>
                <Field label="Purpose">
                  <span style={{ whiteSpace: 'pre-wrap' }}>{system.data.purpose}</span>
                </Field>
              </Box>
              <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 4 }} spacing="lg" m={0}>
                <Field label="Life-cycle stage">
                  {LIFECYCLE_STAGE_LABELS[system.data.lifecycleStage]}
                </Field>
                <Field label="AIMS scope">
                  <ScopeBadge isInScope={system.data.isInScope} />
                </Field>
                <Field label="Registered">
                  <DateTime value={system.data.createdAt} />
                </Field>
                <Field label="Last updated">
                  <DateTime value={system.data.updatedAt} />
                </Field>
              </SimpleGrid>
            </Stack>
          </Paper>
        )}
        {system.data && canReadTrail && (
          <EntityHistory orgId={organization.id} entityType="ai_system" entityId={system.data.id} />
        )}
      </Stack>
    </>
  );
};

/**
 * One controlled document: its status and details, the version being
 * written or reviewed with its workflow buttons, every version before, and
 * (for those who may read the trail) its history.
 */
import { Anchor, Breadcrumbs, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client.js';
import { EntityHistory } from '../../audit/entity-history.js';
import { ErrorState } from '../../components/error-state.js';
import { notifyFailure, notifySuccess } from '../../components/notify.js';
import { PageHeader } from '../../components/page-header.js';
import { orgPath, useCan, useCurrentOrg } from '../../orgs/current-org.js';
import { NotFoundPage } from '../not-found.js';
import { DocumentStatusBadge, OverdueBadge } from './document-badges.js';
import { DocumentFacts } from './document-facts.js';
import {
  documentQuery,
  useStartVersion,
  type DocumentAction,
  type DocumentDetail,
} from './document-queries.js';
import { EditDocumentModal } from './edit-document-modal.js';
import { OpenVersionPanel } from './open-version-panel.js';
import { RetireDocumentButton } from './retire-document-button.js';
import { VersionsList } from './versions-list.js';

const DocumentActions = ({ orgId, document }: { orgId: string; document: DocumentDetail }) => {
  const [editing, { open, close }] = useDisclosure(false);
  const start = useStartVersion(orgId, document.id);
  const can = (action: DocumentAction) => document.availableActions.includes(action);
  const next = (document.versions[0]?.version ?? 0) + 1;
  return (
    <>
      {can('retire') && <RetireDocumentButton orgId={orgId} document={document} />}
      {can('edit') && (
        <Button variant="default" onClick={open}>
          Edit details
        </Button>
      )}
      {can('new_version') && (
        <Button
          loading={start.isPending}
          onClick={() =>
            start.mutate(undefined, {
              onSuccess: () => notifySuccess(`Version ${next} was started as a draft.`),
              onError: (error) => notifyFailure('Could not start a new version', error),
            })
          }
        >
          Start version {next}
        </Button>
      )}
      {editing && <EditDocumentModal orgId={orgId} document={document} onClose={close} />}
    </>
  );
};

export const DocumentPage = () => {
  const { organization } = useCurrentOrg();
  const orgId = organization.id;
  const { documentId = '' } = useParams();
  const canReadTrail = useCan('audit_log.read');
  const document = useQuery(documentQuery(orgId, documentId));

  if (document.error instanceof ApiError && document.error.status === 404) {
    return (
      <NotFoundPage
        title="Document not found"
        message="This document does not exist in this organization."
      />
    );
  }
  const data = document.data;
  const open = data?.openVersion
    ? data.versions.find((version) => version.id === data.openVersion?.id)
    : undefined;
  const earlier = data?.versions.filter((version) => version.id !== open?.id) ?? [];

  return (
    <>
      <PageHeader
        title={data?.title ?? 'Document'}
        above={
          <Breadcrumbs aria-label="Breadcrumb">
            <Anchor component={Link} to={orgPath(orgId, 'documents')} size="sm">
              Documents
            </Anchor>
            <Text size="sm" aria-current="page">
              {data?.title ?? '…'}
            </Text>
          </Breadcrumbs>
        }
        actions={data ? <DocumentActions orgId={orgId} document={data} /> : undefined}
      />
      {data && (
        <Group gap="xs" mt={-8} mb="lg">
          <DocumentStatusBadge status={data.status} size="lg" />
          {data.isReviewOverdue && <OverdueBadge />}
        </Group>
      )}
      <Stack gap="lg">
        {document.isError && (
          <ErrorState error={document.error} onRetry={() => void document.refetch()} />
        )}
        {document.isPending && <Skeleton height={360} radius="md" />}
        {data && (
          <>
            {open && <OpenVersionPanel orgId={orgId} document={data} version={open} />}
            <DocumentFacts orgId={orgId} document={data} />
            {earlier.length > 0 && (
              <section aria-labelledby="versions-heading">
                <Title order={2} fz="xl" mb="sm" id="versions-heading">
                  {open ? 'Earlier versions' : 'Versions'}
                </Title>
                <VersionsList orgId={orgId} versions={earlier} openFirst={!open} />
              </section>
            )}
            {canReadTrail && (
              <EntityHistory orgId={orgId} entityType="document" entityId={data.id} />
            )}
          </>
        )}
      </Stack>
    </>
  );
};

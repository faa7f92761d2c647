/**
 * One controlled document on the record page shell: its status and details,
 * the version being written or reviewed with its workflow buttons, every
 * version before, and (for those who may read the trail) its history.
 */
import { Badge, Button, Group, Stack, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifyFailure, notifySuccess } from '../../components/notify.js';
import { RecordPage } from '../../registers/record-page.js';
import { DispositionDueBadge, DocumentStatusBadge, ReviewDueBadge } from './document-badges.js';
import { DocumentFacts } from './document-facts.js';
import { useStartVersion } from './document-queries.js';
import type { DocumentAction, DocumentDetail } from './document-queries.js';
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
      {can('edit_control') && (
        <Button variant="default" onClick={open}>
          Edit retention and access
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

/** The status, the version being worked on, the details and every earlier version. */
const DocumentBody = ({ orgId, document }: { orgId: string; document: DocumentDetail }) => {
  const open = document.openVersion
    ? document.versions.find((version) => version.id === document.openVersion?.id)
    : undefined;
  const earlier = document.versions.filter((version) => version.id !== open?.id);
  return (
    <Stack gap="lg">
      <Group gap="xs" mt={-8}>
        {document.referenceNumber !== null && (
          <Badge size="lg" variant="outline" color="gray" tt="none" ff="monospace">
            {document.referenceNumber}
          </Badge>
        )}
        <DocumentStatusBadge status={document.status} size="lg" />
        <ReviewDueBadge document={document} />
        <DispositionDueBadge document={document} />
        {document.readAccess === 'named_roles' && (
          <Badge size="lg" variant="light" color="violet">
            Restricted
          </Badge>
        )}
      </Group>
      {open && <OpenVersionPanel orgId={orgId} document={document} version={open} />}
      <DocumentFacts orgId={orgId} document={document} />
      {earlier.length > 0 && (
        <section aria-labelledby="versions-heading">
          <Title order={2} fz="xl" mb="sm" id="versions-heading">
            {open ? 'Earlier versions' : 'Versions'}
          </Title>
          <VersionsList orgId={orgId} versions={earlier} openFirst={!open} />
        </section>
      )}
    </Stack>
  );
};

export const DocumentPage = () => (
  <RecordPage
    registerKey="documents"
    entityType="document"
    extraActions={(document, orgId) => <DocumentActions orgId={orgId} document={document} />}
  >
    {(document, orgId) => <DocumentBody orgId={orgId} document={document} />}
  </RecordPage>
);

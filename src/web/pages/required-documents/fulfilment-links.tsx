/**
 * What fulfils a required document (an approved document, the approved scope,
 * the objectives) and what work is under way, each as a link to the record.
 */
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate } from '../../components/date-time.js';
import { orgPath } from '../../orgs/current-org.js';
import { useDocumentLabels } from '../documents/document-labels.js';
import type {
  Fulfilment,
  RequiredDocumentEntry,
  WorkInProgress,
} from './required-documents-queries.js';

const FulfilmentLink = ({ orgId, item }: { orgId: string; item: Fulfilment }) => {
  switch (item.kind) {
    case 'document':
      return (
        <Group gap={6} wrap="wrap">
          <Anchor component={Link} to={orgPath(orgId, 'documents', item.id)} size="sm" fw={600}>
            {item.title}
          </Anchor>
          <Text size="xs" c="dimmed">
            version {item.version}, approved {formatDate(item.approvedAt)}
          </Text>
          {item.isReviewOverdue && (
            <Badge color="red" size="sm">
              Review overdue
            </Badge>
          )}
        </Group>
      );
    case 'scope':
      return (
        <Group gap={6} wrap="wrap">
          <Anchor component={Link} to={orgPath(orgId, 'scope')} size="sm" fw={600}>
            AIMS scope
          </Anchor>
          <Text size="xs" c="dimmed">
            version {item.version}, approved {formatDate(item.approvedAt)}
          </Text>
        </Group>
      );
    case 'objectives':
      return (
        <Anchor component={Link} to={orgPath(orgId, 'objectives')} size="sm" fw={600}>
          {item.count === 1 ? '1 AI objective' : `${item.count} AI objectives`}
        </Anchor>
      );
    case 'restricted_document':
      return <RestrictedDocument />;
  }
};

/** A document that counts but that the reader may not open: no title, no link. */
const RestrictedDocument = () => (
  <Text size="sm" c="dimmed" fs="italic">
    A document you may not open
  </Text>
);

const WorkLink = ({ orgId, item }: { orgId: string; item: WorkInProgress }) => {
  const { statusOf } = useDocumentLabels();
  if (item.kind === 'restricted_document') return <RestrictedDocument />;
  return item.kind === 'document' ? (
    <Group gap={6} wrap="wrap">
      <Anchor component={Link} to={orgPath(orgId, 'documents', item.id)} size="sm">
        {item.title}
      </Anchor>
      <Text size="xs" c="dimmed">
        {statusOf(item.status).toLowerCase()}
      </Text>
    </Group>
  ) : (
    <Group gap={6} wrap="wrap">
      <Anchor component={Link} to={orgPath(orgId, 'scope')} size="sm">
        AIMS scope
      </Anchor>
      <Text size="xs" c="dimmed">
        draft version {item.version}
      </Text>
    </Group>
  );
};

export const FulfilmentLinks = ({
  orgId,
  entry,
}: {
  orgId: string;
  entry: RequiredDocumentEntry;
}) => {
  if (entry.fulfilledBy.length === 0 && entry.inProgressBy.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nothing yet
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      {entry.fulfilledBy.map((item, index) => (
        <FulfilmentLink key={`f${index}`} orgId={orgId} item={item} />
      ))}
      {entry.inProgressBy.length > 0 && entry.fulfilledBy.length > 0 && (
        <Text size="xs" c="dimmed" mt={2}>
          Being revised:
        </Text>
      )}
      {entry.inProgressBy.map((item, index) => (
        <WorkLink key={`w${index}`} orgId={orgId} item={item} />
      ))}
    </Stack>
  );
};

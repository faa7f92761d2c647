/**
 * Where the organization stands on the required documents, in one line and
 * a bar (the recommended items counted apart, never as gaps); with `focus`,
 * also the status of the items a page is about (the scope page shows RD-01).
 */
import { Anchor, Group, Paper, Progress, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { orgPath } from '../../orgs/current-org.js';
import { RequiredDocumentStatusBadge } from './required-document-status-badge.js';
import {
  REQUIRED_DOCUMENT_STATUS_COLORS,
  REQUIRED_DOCUMENT_STATUS_LABELS,
  requiredDocumentsQuery,
} from './required-documents-queries.js';
import type { RequiredDocumentStatus } from './required-documents-queries.js';

const ORDER: readonly RequiredDocumentStatus[] = ['fulfilled', 'in_progress', 'missing'];

interface RequiredDocumentsSummaryProps {
  readonly orgId: string;
  readonly focus?: readonly string[];
  /** Off on the register itself. */
  readonly withLink?: boolean;
}

export const RequiredDocumentsSummary = ({
  orgId,
  focus = [],
  withLink = true,
}: RequiredDocumentsSummaryProps) => {
  const register = useQuery(requiredDocumentsQuery(orgId));
  if (register.isError) return null;
  if (!register.data) return <Skeleton height={72} radius="md" />;
  const { summary, items } = register.data;
  const total = summary.required;
  const { recommended } = summary;
  const recommendedTotal = recommended.fulfilled + recommended.in_progress + recommended.missing;
  const focused = items.filter((entry) => focus.includes(entry.requiredDocument.id));
  return (
    <Paper p="md" component="section" aria-label="Required documents">
      <Stack gap="xs">
        <Group justify="space-between" gap="sm">
          <Text size="sm" fw={600}>
            {`Required documents: ${summary.fulfilled} of ${total} fulfilled (${summary.percentFulfilled} %)`}
          </Text>
          {withLink && (
            <Anchor component={Link} to={orgPath(orgId, 'required-documents')} size="sm">
              Open the register
            </Anchor>
          )}
        </Group>
        <Progress.Root size="md" aria-hidden>
          {ORDER.map((status) => (
            <Progress.Section
              key={status}
              value={total === 0 ? 0 : (summary[status] / total) * 100}
              color={status === 'missing' ? 'red.2' : REQUIRED_DOCUMENT_STATUS_COLORS[status]}
            />
          ))}
        </Progress.Root>
        <Group gap="md">
          {ORDER.map((status) => (
            <Text key={status} size="xs" c="dimmed">
              {REQUIRED_DOCUMENT_STATUS_LABELS[status]}: {summary[status]}
            </Text>
          ))}
          {recommendedTotal > 0 && (
            <Text size="xs" c="dimmed">
              Recommended, outside the count: {recommended.fulfilled} of {recommendedTotal}{' '}
              fulfilled
            </Text>
          )}
        </Group>
        {focused.map((entry) => (
          <Group key={entry.requiredDocument.id} gap="xs" mt={4}>
            <Text size="sm">
              {entry.requiredDocument.id} {entry.requiredDocument.title}
            </Text>
            <RequiredDocumentStatusBadge status={entry.status} />
          </Group>
        ))}
      </Stack>
    </Paper>
  );
};

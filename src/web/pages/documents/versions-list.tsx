/**
 * Every version of a document, newest first: status, who wrote and who
 * approved it and when, when a superseded one is due for disposition, its
 * change note, its file with the SHA-256, its text.
 */
import { Accordion, Group, Paper, Stack, Text } from '@mantine/core';
import { DateTime } from '../../components/date-time.js';
import { CalendarDate } from '../../components/prework-calendar-date.js';
import { useMemberName } from '../../components/prework-owner-select.js';
import { VersionStatusBadge } from './document-badges.js';
import type { DocumentVersion } from './document-queries.js';
import { MarkdownView } from './markdown-view.js';
import { VersionFile } from './version-file.js';
import { ChangeNote } from './change-note.js';

const Summary = ({ orgId, version }: { orgId: string; version: DocumentVersion }) => {
  const nameOf = useMemberName(orgId);
  return (
    <Group gap="sm" wrap="wrap">
      <Text fw={600}>Version {version.version}</Text>
      <VersionStatusBadge status={version.status} />
      <Text size="sm" c="dimmed">
        {version.approvedAt !== null ? (
          <>
            approved by {nameOf(version.approvedByUserId)} on{' '}
            <DateTime value={version.approvedAt} />
          </>
        ) : (
          <>by {nameOf(version.authorUserId)}</>
        )}
      </Text>
    </Group>
  );
};

const Details = ({ orgId, version }: { orgId: string; version: DocumentVersion }) => {
  const nameOf = useMemberName(orgId);
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Written by {nameOf(version.authorUserId)}, started <DateTime value={version.createdAt} />
        {version.submittedAt !== null && (
          <>
            {' · '}sent for approval <DateTime value={version.submittedAt} />
          </>
        )}
        {version.supersededAt !== null && (
          <>
            {' · '}superseded <DateTime value={version.supersededAt} />
          </>
        )}
        {version.dispositionDueDate !== null && (
          <>
            {' · '}due for disposition <CalendarDate value={version.dispositionDueDate} />
          </>
        )}
      </Text>
      <ChangeNote note={version.changeNote} />
      <VersionFile orgId={orgId} version={version} canChange={false} />
      <Paper p="lg" withBorder>
        {version.bodyMarkdown.trim() === '' ? (
          <Text size="sm" c="dimmed">
            No text.
          </Text>
        ) : (
          <MarkdownView text={version.bodyMarkdown} />
        )}
      </Paper>
    </Stack>
  );
};

export const VersionsList = ({
  orgId,
  versions,
  openFirst,
}: {
  orgId: string;
  versions: readonly DocumentVersion[];
  /** Opens the newest version (the one in force when nothing else is being written). */
  openFirst: boolean;
}) => (
  <Paper p={0} style={{ overflow: 'hidden' }}>
    <Accordion
      chevronPosition="left"
      variant="default"
      defaultValue={openFirst ? (versions[0]?.id ?? null) : null}
    >
      {versions.map((version) => (
        <Accordion.Item key={version.id} value={version.id}>
          <Accordion.Control>
            <Summary orgId={orgId} version={version} />
          </Accordion.Control>
          <Accordion.Panel>
            <Details orgId={orgId} version={version} />
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  </Paper>
);

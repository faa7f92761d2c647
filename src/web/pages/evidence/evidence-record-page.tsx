/**
 * One piece of evidence: its current version (the file with its SHA-256 and
 * a download checked by the server, or the link), what it supports (each a
 * link to its page), every version before it, and a new version.
 */
import {
  Anchor,
  Button,
  Code,
  CopyButton,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, messageOf } from '../../api/client.js';
import { ErrorState } from '../../components/error-state.js';
import { notifySuccess } from '../../components/notify.js';
import { PageHeader } from '../../components/page-header.js';
import { useMemberName } from '../../components/prework-owner-select.js';
import { orgPath, useCurrentOrg } from '../../orgs/current-org.js';
import { formatBytes } from '../documents/version-file.js';
import { EvidenceFileDrop } from './add-evidence-modal.js';
import {
  evidenceFileUrl,
  useAddFileVersion,
  useAddLinkVersion,
  useEvidence,
  useEvidenceLinks,
} from './evidence-queries.js';
import type { EvidenceRecord, EvidenceVersion } from './evidence-queries.js';
import { FreshnessBadge } from './freshness-badge.js';

const todayOf = () => new Date().toISOString().slice(0, 10);

const Fingerprint = ({ sha256, name }: { sha256: string; name: string }) => (
  <Group gap="xs" wrap="nowrap" align="center">
    <Text size="xs" c="dimmed">
      SHA-256
    </Text>
    <Code style={{ wordBreak: 'break-all' }} aria-label={`SHA-256 of ${name}`}>
      {sha256}
    </Code>
    <CopyButton value={sha256}>
      {({ copied, copy }) => (
        <Button size="compact-xs" variant="subtle" onClick={copy}>
          {copied ? 'Copied' : 'Copy'}
        </Button>
      )}
    </CopyButton>
  </Group>
);

const VersionContent = ({ orgId, version }: { orgId: string; version: EvidenceVersion }) =>
  version.file ? (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {version.file.name}{' '}
        <Text span size="xs" c="dimmed">
          {formatBytes(version.file.size)} · {version.file.mediaType}
        </Text>
      </Text>
      <Fingerprint sha256={version.file.sha256} name={version.file.name} />
      <Anchor
        href={evidenceFileUrl(orgId, version.evidenceId, version.id)}
        download={version.file.name}
        size="sm"
      >
        Download {version.file.name}
      </Anchor>
    </Stack>
  ) : (
    <Anchor href={version.url ?? '#'} target="_blank" rel="noopener noreferrer" size="sm">
      {version.url}
    </Anchor>
  );

const SupportedBy = ({ orgId, evidenceId }: { orgId: string; evidenceId: string }) => {
  const links = useEvidenceLinks(orgId, evidenceId);
  if (!links.data) return null;
  const { clauses, controls, organizationControls, risks, documents } = links.data;
  const rows = [
    ...controls.map((item) => ({
      kind: 'Annex A control',
      label: item.label,
      to: `/catalog?q=${encodeURIComponent(item.id)}`,
    })),
    ...clauses.map((item) => ({
      kind: 'Clause',
      label: item.label,
      to: `/catalog?q=${encodeURIComponent(item.id)}`,
    })),
    ...organizationControls.map((item) => ({
      kind: 'Organization control',
      label: item.label,
      to: orgPath(orgId, 'organization-controls'),
    })),
    ...risks.map((item) => ({
      kind: 'Risk',
      label: item.label,
      to: orgPath(orgId, 'risks', item.id),
    })),
    ...documents.map((item) => ({
      kind: 'Document',
      label: item.label,
      to: orgPath(orgId, 'documents', item.id),
    })),
  ];
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        What it supports
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          Not linked to any clause, control, risk or document yet.
        </Text>
      ) : (
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {rows.map((row) => (
            <li key={`${row.kind}:${row.label}`}>
              <Text span size="xs" c="dimmed" mr="xs">
                {row.kind}
              </Text>
              <Anchor component={Link} to={row.to} size="sm">
                {row.label}
              </Anchor>
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
};

const NewVersion = ({ orgId, record }: { orgId: string; record: EvidenceRecord }) => {
  const addFile = useAddFileVersion(orgId, record.id);
  const addLink = useAddLinkVersion(orgId, record.id);
  const [file, setFile] = useState<File | null>(null);
  const [url, setUrl] = useState(record.current.url ?? '');
  const [evidenceDate, setEvidenceDate] = useState(todayOf());
  const [validUntil, setValidUntil] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const issues = error instanceof ApiError ? error.issues : [];
  const errorOf = (field: string) =>
    issues.find((issue) => issue.field === field || issue.field === `metadata.${field}`)?.reason;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const version = {
      evidenceDate,
      validUntil: validUntil === '' ? null : validUntil,
      note,
    };
    const done = {
      onSuccess: () => {
        notifySuccess(`Version ${record.currentVersion + 1} was added.`);
        setFile(null);
        setNote('');
      },
      onError: setError,
    };
    if (record.kind === 'link') addLink.mutate({ ...version, url }, done);
    else if (file) addFile.mutate({ metadata: version, file }, done);
    else setError(new ApiError(400, 'EVIDENCE_FILE_REQUIRED', 'Choose the file first', [], 'file'));
  };
  const fileError =
    error instanceof ApiError && error.field === 'file' ? error.message : errorOf('file');
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate aria-label="New version">
        <Stack gap="sm">
          <Title order={2} size="h4">
            New version
          </Title>
          {record.kind === 'file' ? (
            <EvidenceFileDrop file={file} onFile={setFile} error={fileError} />
          ) : (
            <TextInput
              label="Address"
              value={url}
              onChange={(event) => setUrl(event.currentTarget.value)}
              error={errorOf('url')}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label="Evidence date"
              type="date"
              value={evidenceDate}
              onChange={(event) => setEvidenceDate(event.currentTarget.value)}
              error={errorOf('evidenceDate')}
            />
            <TextInput
              label="Valid until"
              type="date"
              value={validUntil}
              onChange={(event) => setValidUntil(event.currentTarget.value)}
              error={errorOf('validUntil')}
            />
            <TextInput
              label="What changed"
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              error={errorOf('note')}
            />
          </SimpleGrid>
          {error !== null && issues.length === 0 && !fileError && (
            <Text size="sm" c="red" role="alert">
              {messageOf(error)}
            </Text>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={addFile.isPending || addLink.isPending}>
              {record.kind === 'file' ? 'Upload new version' : 'Add version'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
};

export const EvidenceRecordPage = () => {
  const orgId = useCurrentOrg().organization.id;
  const { evidenceId = '' } = useParams();
  const evidence = useEvidence(orgId, evidenceId);
  const ownerName = useMemberName(orgId);
  if (evidence.isError) return <ErrorState error={evidence.error} />;
  if (!evidence.data) return null;
  const record = evidence.data;
  const mayAdd = record.availableActions.includes('add_version');
  return (
    <>
      <PageHeader
        title={record.title}
        above={
          <Anchor component={Link} to={orgPath(orgId, 'evidence')} size="sm">
            ← Evidence
          </Anchor>
        }
        description={record.description || undefined}
        actions={<FreshnessBadge freshness={record.freshness} />}
      />
      <Stack gap="md">
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            Current version ({record.currentVersion})
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 4 }} mb="sm">
            <Text size="sm">
              <Text span c="dimmed" size="xs" display="block">
                Evidence date
              </Text>
              {record.evidenceDate}
            </Text>
            <Text size="sm">
              <Text span c="dimmed" size="xs" display="block">
                Valid until
              </Text>
              {record.validUntil ?? 'No expiry'}
            </Text>
            <Text size="sm">
              <Text span c="dimmed" size="xs" display="block">
                Review frequency
              </Text>
              {record.reviewFrequencyMonths ? `${record.reviewFrequencyMonths} months` : '—'}
            </Text>
            <Text size="sm">
              <Text span c="dimmed" size="xs" display="block">
                Owner
              </Text>
              {record.ownerUserId ? ownerName(record.ownerUserId) : 'Nobody yet'}
            </Text>
          </SimpleGrid>
          <VersionContent orgId={orgId} version={record.current} />
        </Paper>
        <SupportedBy orgId={orgId} evidenceId={record.id} />
        {mayAdd && <NewVersion orgId={orgId} record={record} />}
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            Versions
          </Title>
          <Table aria-label="Versions" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Version</Table.Th>
                <Table.Th>Evidence date</Table.Th>
                <Table.Th>Valid until</Table.Th>
                <Table.Th>Content</Table.Th>
                <Table.Th>Note</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {record.versions.map((version) => (
                <Table.Tr key={version.id}>
                  <Table.Td>{version.version}</Table.Td>
                  <Table.Td>{version.evidenceDate}</Table.Td>
                  <Table.Td>{version.validUntil ?? '—'}</Table.Td>
                  <Table.Td>
                    <VersionContent orgId={orgId} version={version} />
                  </Table.Td>
                  <Table.Td>{version.note || '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      </Stack>
    </>
  );
};

/**
 * A version's attached file: name, size and SHA-256 fingerprint (to check a
 * copy with `sha256sum`), a download link, and on a draft attach, replace, remove.
 */
import {
  Anchor,
  Button,
  Code,
  CopyButton,
  FileButton,
  Group,
  Paper,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { DownloadIcon, FileIcon } from '../../components/prework-icons.js';
import { notifyFailure, notifySuccess } from '../../components/notify.js';
import { useVersionFile, versionFileUrl } from './document-queries.js';
import type { DocumentVersion } from './document-queries.js';

const sizeFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
export const formatBytes = (bytes: number): string =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 * 1024
      ? `${sizeFormat.format(bytes / 1024)} KB`
      : `${sizeFormat.format(bytes / 1024 / 1024)} MB`;

interface VersionFileProps {
  readonly orgId: string;
  readonly version: DocumentVersion;
  readonly canChange: boolean;
}

const AttachedFile = ({ orgId, version }: { orgId: string; version: DocumentVersion }) => {
  const file = version.file;
  if (!file) return null;
  return (
    <Stack gap={6}>
      <Group gap="xs" wrap="nowrap">
        <FileIcon />
        <Text size="sm" fw={600} style={{ wordBreak: 'break-all' }}>
          {file.name}
        </Text>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {formatBytes(file.size)} · {file.mediaType}
        </Text>
      </Group>
      <Group gap="xs" wrap="nowrap" align="center">
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          SHA-256
        </Text>
        <Code style={{ wordBreak: 'break-all' }} aria-label={`SHA-256 of ${file.name}`}>
          {file.sha256}
        </Code>
        <CopyButton value={file.sha256}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? 'Copied' : 'Copy the SHA-256'}>
              <Button size="compact-xs" variant="subtle" onClick={copy}>
                {copied ? 'Copied' : 'Copy'}
              </Button>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
      <Anchor
        href={versionFileUrl(orgId, version.documentId, version.id)}
        download={file.name}
        size="sm"
        style={{ display: 'inline-flex', alignItems: 'center', gap: 6, alignSelf: 'flex-start' }}
      >
        <DownloadIcon />
        Download {file.name}
      </Anchor>
    </Stack>
  );
};

export const VersionFile = ({ orgId, version, canChange }: VersionFileProps) => {
  const change = useVersionFile(orgId, version.documentId, version.id);
  const attach = (file: File | null) => {
    if (file === null) return;
    change.mutate(file, {
      onSuccess: () => notifySuccess(`“${file.name}” is attached to version ${version.version}.`),
      onError: (error) => notifyFailure('Could not attach the file', error),
    });
  };
  const remove = () =>
    change.mutate(null, {
      onSuccess: () => notifySuccess(`The file was removed from version ${version.version}.`),
      onError: (error) => notifyFailure('Could not remove the file', error),
    });

  if (!version.file && !canChange) return null;
  return (
    <Paper p="md" bg="gray.0" withBorder={false}>
      <Stack gap="sm">
        <Text size="xs" fw={700} tt="uppercase" c="dimmed" style={{ letterSpacing: '0.05em' }}>
          Attached file
        </Text>
        {version.file ? (
          <AttachedFile orgId={orgId} version={version} />
        ) : (
          <Text size="sm" c="dimmed">
            No file attached. Attach a file (at most 20 MiB) when the document is kept as a PDF or
            another format.
          </Text>
        )}
        {canChange && (
          <Group gap="xs">
            <FileButton onChange={attach}>
              {(props) => (
                <Button {...props} variant="default" size="xs" loading={change.isPending}>
                  {version.file ? 'Replace file' : 'Attach a file'}
                </Button>
              )}
            </FileButton>
            {version.file && (
              <Button
                variant="subtle"
                color="red"
                size="xs"
                onClick={remove}
                disabled={change.isPending}
              >
                Remove file
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
};

/**
 * The import dialog: choose a file → the API checks every row (a dry run) →
 * the preview, how many rows are new, changed and unchanged, and every
 * problem → "Import", all or nothing. Mount it only while open, so each
 * opening starts afresh.
 */
import { Alert, Button, Group, Loader, Modal, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { messageOf } from '../api/client.js';
import { ImportColumnsHint } from './import-columns-hint.js';
import { ImportFileDrop } from './import-file-drop.js';
import { formatFileSize } from './import-format.js';
import { ImportPreview } from './import-preview.js';
import { ImportProblems } from './import-problems.js';
import type { ImportRegister } from './import-registers.js';
import { ImportRejectedError, uploadImport } from './import-upload.js';
import type { ImportResult } from './import-upload.js';
import { notifySuccess } from './notify.js';
import { FileIcon } from './prework-icons.js';

interface ImportWizardProps {
  readonly orgId: string;
  readonly register: ImportRegister;
  readonly onClose: () => void;
}

const rowsOf = (count: number, register: ImportRegister) =>
  `${count.toLocaleString()} ${count === 1 ? register.one : register.many}`;

/** "2 new, 1 changed, 5 unchanged", leaving out the outcomes no row has. */
const outcomesOf = (counts: ImportResult['counts']) =>
  [
    counts.new > 0 ? `${counts.new.toLocaleString()} new` : '',
    counts.changed > 0 ? `${counts.changed.toLocaleString()} changed` : '',
    counts.unchanged > 0 ? `${counts.unchanged.toLocaleString()} unchanged` : '',
  ]
    .filter((part) => part !== '')
    .join(', ');

/** What the import did, for the notification. */
const doneOf = (result: ImportResult, register: ImportRegister) =>
  [
    result.created > 0 ? `${rowsOf(result.created, register)} added` : '',
    result.updated > 0 ? `${rowsOf(result.updated, register)} changed` : '',
  ]
    .filter((part) => part !== '')
    .join(', ');

const FileCard = ({ file, onChange }: { file: File; onChange: () => void }) => (
  <Paper p="sm" bg="gray.0">
    <Group justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        <Text c="indigo.7" aria-hidden>
          <FileIcon />
        </Text>
        <div style={{ minWidth: 0 }}>
          <Text size="sm" fw={600} truncate="end">
            {file.name}
          </Text>
          <Text size="xs" c="dimmed">
            {formatFileSize(file.size)}
          </Text>
        </div>
      </Group>
      <Button variant="subtle" size="xs" onClick={onChange}>
        Choose another file
      </Button>
    </Group>
  </Paper>
);

export const ImportWizard = ({ orgId, register, onClose }: ImportWizardProps) => {
  const hintId = useId();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const check = useMutation({
    mutationFn: (chosen: File) => uploadImport(orgId, register.path, chosen, true),
  });
  const commit = useMutation({
    mutationFn: (chosen: File) => uploadImport(orgId, register.path, chosen, false),
    onSuccess: async (result, chosen) => {
      notifySuccess(`${doneOf(result, register)} from “${chosen.name}”.`);
      await Promise.all(
        register.queryKeys(orgId).map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
      onClose();
    },
  });

  const choose = (chosen: File) => {
    setFile(chosen);
    commit.reset();
    check.mutate(chosen);
  };
  const startOver = () => {
    setFile(null);
    check.reset();
    commit.reset();
  };

  const rejected = commit.error instanceof ImportRejectedError ? commit.error : undefined;
  const problems = rejected?.problems ?? check.data?.errors ?? [];
  const rowCount = check.data?.rowCount ?? 0;
  const counts = check.data?.counts ?? { new: 0, changed: 0, unchanged: 0 };
  const writes = counts.new + counts.changed;
  const isReady = check.isSuccess && problems.length === 0 && writes > 0;

  return (
    <Modal
      opened
      onClose={onClose}
      title={`Import ${register.many}`}
      size="xl"
      closeOnClickOutside={file === null}
    >
      <Stack gap="md">
        {file === null ? (
          <>
            <ImportFileDrop onFile={choose} hintId={hintId} />
            <ImportColumnsHint id={hintId} orgId={orgId} register={register} />
          </>
        ) : (
          <FileCard file={file} onChange={startOver} />
        )}
        {check.isPending && (
          <Group gap="sm" role="status">
            <Loader size="sm" />
            <Text size="sm">Checking every row…</Text>
          </Group>
        )}
        {check.isError && (
          <Alert color="red" variant="light" role="alert" title="The file cannot be read">
            {messageOf(check.error)}
          </Alert>
        )}
        {check.isSuccess && problems.length > 0 && (
          <ImportProblems register={register} problems={problems} />
        )}
        {check.isSuccess && problems.length === 0 && (
          <Alert
            color={writes > 0 ? 'teal' : 'gray'}
            variant="light"
            role="status"
            title={
              rowCount === 0
                ? 'The file has no rows below its header'
                : writes > 0
                  ? `${rowsOf(rowCount, register)} checked: ${outcomesOf(counts)}`
                  : `Nothing to import: all ${rowsOf(rowCount, register)} equal the register`
            }
          >
            {rowCount === 0
              ? 'Add a row for each record under the header row, then choose the file again.'
              : writes > 0
                ? 'Every row passed the checks. Rows with an Id change that record; unchanged rows are left alone. Look over the preview, then import.'
                : 'No row adds or changes a record. Edit the file, then choose it again.'}
          </Alert>
        )}
        {commit.isError && !rejected && (
          <Alert color="red" variant="light" role="alert" title="Not imported">
            {messageOf(commit.error)}
          </Alert>
        )}
        {check.data && (
          <ImportPreview
            register={register}
            result={check.data}
            badLines={new Set(problems.map((problem) => problem.line))}
          />
        )}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            disabled={!isReady || file === null}
            loading={commit.isPending}
            onClick={() => {
              if (file) commit.mutate(file);
            }}
          >
            {isReady ? `Import ${outcomesOf({ ...counts, unchanged: 0 })}` : 'Import'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};

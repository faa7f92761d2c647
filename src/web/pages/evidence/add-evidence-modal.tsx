/**
 * Adding evidence: a file (dropped on the target or picked) or a link, with
 * the date the fact it proves was true, how long it holds, its owner and
 * what it supports. The server tells the file's type by its content and
 * refuses what is too large or not allowed; the dialog shows why.
 */
import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useId, useState } from 'react';
import type { DragEvent, FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, messageOf } from '../../api/client.js';
import { notifySuccess } from '../../components/notify.js';
import { OwnerSelect } from '../../components/prework-owner-select.js';
import { orgPath } from '../../orgs/current-org.js';
import { EvidenceLinkFields, NO_LINK_VALUES } from './evidence-link-fields.js';
import type { LinkValues } from './evidence-link-fields.js';
import { useCreateLinkEvidence, useUploadEvidence } from './evidence-queries.js';

const todayOf = () => new Date().toISOString().slice(0, 10);

/** A target a file is dropped on, over a real file input that keyboards and screen readers use. */
export const EvidenceFileDrop = ({
  file,
  onFile,
  error,
}: {
  file: File | null;
  onFile: (file: File) => void;
  error?: string | undefined;
}) => {
  const inputId = useId();
  const [isDragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) onFile(dropped);
  };
  return (
    <Stack gap={4}>
      <Paper
        component="label"
        htmlFor={inputId}
        p="lg"
        onDragOver={(event: DragEvent<HTMLElement>) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        style={{
          display: 'block',
          cursor: 'pointer',
          borderStyle: 'dashed',
          borderWidth: 2,
          borderColor: error
            ? 'var(--mantine-color-red-6)'
            : isDragging
              ? 'var(--mantine-primary-color-filled)'
              : 'var(--mantine-color-gray-4)',
          background: isDragging ? 'var(--mantine-color-indigo-0)' : 'var(--mantine-color-gray-0)',
        }}
      >
        <input
          id={inputId}
          type="file"
          aria-label="Evidence file"
          className="visually-hidden"
          onChange={(event) => {
            const picked = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (picked) onFile(picked);
          }}
        />
        <Text size="sm" ta="center" fw={600}>
          {file ? file.name : 'Drop the file here, or click to choose it'}
        </Text>
        <Text size="xs" ta="center" c="dimmed">
          PDF, images, office documents, text, CSV, JSON or ZIP — its type is read from its content
        </Text>
      </Paper>
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
};

interface Values {
  kind: 'file' | 'link';
  title: string;
  description: string;
  url: string;
  ownerUserId: string | null;
  evidenceDate: string;
  validUntil: string;
  reviewFrequencyMonths: number | '';
  links: LinkValues;
}

/**
 * Mount it only while open; `controlId` starts the links with that Annex A
 * control, `organizationControlId` with that organization control, and
 * `stayOnPage` keeps the page that opened it instead of going to the new record.
 */
export const AddEvidenceModal = ({
  orgId,
  controlId,
  organizationControlId,
  stayOnPage = false,
  onClose,
}: {
  orgId: string;
  controlId?: string | undefined;
  organizationControlId?: string | undefined;
  stayOnPage?: boolean;
  onClose: () => void;
}) => {
  const navigate = useNavigate();
  const upload = useUploadEvidence(orgId);
  const createLink = useCreateLinkEvidence(orgId);
  const [file, setFile] = useState<File | null>(null);
  const [values, setValues] = useState<Values>({
    kind: 'file',
    title: '',
    description: '',
    url: '',
    ownerUserId: null,
    evidenceDate: todayOf(),
    validUntil: '',
    reviewFrequencyMonths: '',
    links: {
      ...NO_LINK_VALUES,
      controlIds: controlId ? [controlId] : [],
      organizationControlIds: organizationControlId ? [organizationControlId] : [],
    },
  });
  const [error, setError] = useState<unknown>(null);
  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  const issues = error instanceof ApiError ? error.issues : [];
  const errorOf = (field: string) => {
    const found = issues.filter(
      (issue) =>
        issue.field === field ||
        issue.field.startsWith(`${field}.`) ||
        issue.field === `metadata.${field}` ||
        issue.field === `version.${field}` ||
        issue.field === `metadata.version.${field}`,
    );
    return found.length > 0 ? found.map((issue) => issue.reason).join('; ') : undefined;
  };
  const fileError =
    error instanceof ApiError && (error.field === 'file' || errorOf('file'))
      ? (errorOf('file') ?? error.message)
      : undefined;
  const isSaving = upload.isPending || createLink.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const item = {
      title: values.title,
      description: values.description,
      ownerUserId: values.ownerUserId,
      reviewFrequencyMonths:
        values.reviewFrequencyMonths === '' ? null : values.reviewFrequencyMonths,
      links: values.links,
    };
    const version = {
      evidenceDate: values.evidenceDate,
      validUntil: values.validUntil === '' ? null : values.validUntil,
    };
    const done = {
      onSuccess: (record: { id: string; title: string }) => {
        notifySuccess(`“${record.title}” was added to the evidence.`);
        onClose();
        if (!stayOnPage) void navigate(orgPath(orgId, 'evidence', record.id));
      },
      onError: setError,
    };
    if (values.kind === 'link') {
      createLink.mutate({ ...item, version: { ...version, url: values.url } }, done);
    } else if (file === null) {
      setError(new ApiError(400, 'EVIDENCE_FILE_REQUIRED', 'Choose the file first', [], 'file'));
    } else {
      upload.mutate({ metadata: { ...item, version }, file }, done);
    }
  };

  return (
    <Modal opened onClose={onClose} title="Add evidence" size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error !== null && issues.length === 0 && !fileError && (
            <Alert color="red" title="The evidence was not added">
              {messageOf(error)}
            </Alert>
          )}
          <SegmentedControl
            aria-label="Kind of evidence"
            value={values.kind}
            onChange={(kind) => set('kind')(kind === 'link' ? 'link' : 'file')}
            data={[
              { value: 'file', label: 'A file' },
              { value: 'link', label: 'A link' },
            ]}
          />
          {values.kind === 'file' ? (
            <EvidenceFileDrop
              file={file}
              onFile={(picked) => {
                setFile(picked);
                if (values.title === '') set('title')(picked.name.replace(/\.[^.]+$/, ''));
              }}
              error={fileError}
            />
          ) : (
            <TextInput
              label="Address"
              description="An http:// or https:// address"
              required
              value={values.url}
              onChange={(event) => set('url')(event.currentTarget.value)}
              error={errorOf('url')}
            />
          )}
          <TextInput
            label="Title"
            required
            value={values.title}
            onChange={(event) => set('title')(event.currentTarget.value)}
            error={errorOf('title')}
          />
          <Textarea
            label="Description"
            autosize
            minRows={2}
            value={values.description}
            onChange={(event) => set('description')(event.currentTarget.value)}
            error={errorOf('description')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label="Evidence date"
              description="When the fact it proves was true"
              type="date"
              required
              value={values.evidenceDate}
              onChange={(event) => set('evidenceDate')(event.currentTarget.value)}
              error={errorOf('evidenceDate')}
            />
            <TextInput
              label="Valid until"
              description="The last day it holds"
              type="date"
              value={values.validUntil}
              onChange={(event) => set('validUntil')(event.currentTarget.value)}
              error={errorOf('validUntil')}
            />
            <NumberInput
              label="Review every (months)"
              description="When no valid-until date is given"
              min={1}
              max={120}
              value={values.reviewFrequencyMonths}
              onChange={(value) =>
                set('reviewFrequencyMonths')(typeof value === 'number' ? value : '')
              }
              error={errorOf('reviewFrequencyMonths')}
            />
          </SimpleGrid>
          <OwnerSelect
            orgId={orgId}
            description="Reminded before it lapses"
            value={values.ownerUserId}
            onChange={set('ownerUserId')}
            error={errorOf('ownerUserId')}
          />
          <EvidenceLinkFields
            orgId={orgId}
            value={values.links}
            onChange={set('links')}
            errorOf={errorOf}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={isSaving}>
              Cancel
            </Button>
            <Button type="submit" loading={isSaving}>
              Add evidence
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};

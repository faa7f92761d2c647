/**
 * The versions of the SoA: the open version with the workflow buttons the
 * API offers (refresh, submit, return, approve, discard), publishing the
 * version in force, every version with its summary of why, and two
 * versions compared side by side.
 */
import { Alert, Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { messageOf } from '../../api/client.js';
import { ApprovalVersionMeta } from '../../components/approval-version-meta.js';
import { ConfirmActionButton } from '../../components/prework-confirm-action.js';
import { useMemberName } from '../../components/prework-owner-select.js';
import { notifyFailure, notifySuccess } from '../../components/notify.js';
import { ReturnToDraftButton } from '../../components/return-to-draft-button.js';
import { VersionPanel } from '../../components/version-panel.js';
import { downloadFile } from '../../components/export-download.js';
import { ErrorState } from '../../components/error-state.js';
import {
  APPLICABILITY_LABELS,
  COMPARED_FIELD_LABELS,
  STATUS_LABELS,
  VERSION_STATUS_LABELS,
} from './soa-labels.js';
import {
  soaCompareQuery,
  soaExportUrl,
  useDiscardSoaDraft,
  useOpenSoaDraft,
  useSoaStep,
} from './soa-queries.js';
import type { SoaComparison, SoaOverview, SoaVersionSummary } from './soa-queries.js';

type LinkChanges = SoaComparison['changed'][number]['linksAdded'];

const LINK_KIND_NAMES = {
  risks: 'risks',
  treatmentActions: 'treatment actions',
  measures: 'impact measures',
  evidence: 'evidence',
} as const;

/** "risks added", "evidence no longer linked": the kinds of link that changed. */
const linkKindsChanged = (changes: LinkChanges, how: string): string[] =>
  (Object.keys(LINK_KIND_NAMES) as (keyof typeof LINK_KIND_NAMES)[])
    .filter((kind) => changes[kind].length > 0)
    .map((kind) => `${LINK_KIND_NAMES[kind]} ${how}`);

/** Each linked record that changed, named. */
const linkLines = (changes: LinkChanges): string[] => [
  ...changes.risks.map((risk) => `Risk: ${risk.statement}`),
  ...changes.treatmentActions.map((action) => `Treatment action: ${action.title}`),
  ...changes.measures.map(
    (measure) => `Measure: ${measure.aiSystemName}, ${measure.measureId} ${measure.description}`,
  ),
  ...changes.evidence.map((item) => `Evidence: ${item.title}`),
];

const VersionActions = ({ orgId, version }: { orgId: string; version: SoaVersionSummary }) => {
  const [problem, setProblem] = useState<string | null>(null);
  const step = useSoaStep(orgId, version.version);
  const discard = useDiscardSoaDraft(orgId, version.version);
  const can = (action: SoaVersionSummary['availableActions'][number]) =>
    version.availableActions.includes(action);
  const run = (action: 'refresh' | 'submit' | 'approve' | 'publish', done: string) => {
    setProblem(null);
    step.mutate(
      { action },
      { onSuccess: () => notifySuccess(done), onError: (error) => setProblem(messageOf(error)) },
    );
  };
  return (
    <Stack gap="xs">
      <Group gap="sm">
        {can('refresh') && (
          <Button
            variant="default"
            loading={step.isPending}
            onClick={() =>
              run('refresh', `Version ${version.version} now holds the SoA as it stands.`)
            }
          >
            Refresh from the live SoA
          </Button>
        )}
        {can('submit') && (
          <Button
            loading={step.isPending}
            onClick={() => run('submit', `Version ${version.version} was sent for review.`)}
          >
            Submit for review
          </Button>
        )}
        {can('return') && (
          <ReturnToDraftButton
            versionNumber={version.version}
            loading={step.isPending}
            onReturn={(comment) => step.mutateAsync({ action: 'return', comment })}
          />
        )}
        {can('approve') && (
          <ConfirmActionButton
            color="teal"
            title={`Approve version ${version.version} of the SoA`}
            message="It becomes the Statement of Applicability in force. The approval is recorded with your name."
            confirmLabel="Approve"
            loading={step.isPending}
            onConfirm={() => run('approve', `Version ${version.version} is approved and in force.`)}
          >
            Approve
          </ConfirmActionButton>
        )}
        {can('publish') && (
          <Button
            color="grape"
            loading={step.isPending}
            onClick={() => run('publish', `Version ${version.version} is published.`)}
          >
            Publish to the certification body
          </Button>
        )}
        {can('discard') && (
          <Button
            variant="subtle"
            color="red"
            loading={discard.isPending}
            onClick={() =>
              discard.mutate(undefined, {
                onSuccess: () => notifySuccess('The draft was discarded.'),
                onError: (error) => notifyFailure('Could not discard the draft', error),
              })
            }
          >
            Discard draft
          </Button>
        )}
      </Group>
      {problem && (
        <Alert color="red" variant="light" role="alert" title="Not done">
          {problem}
        </Alert>
      )}
    </Stack>
  );
};

export const SoaVersionCard = ({
  orgId,
  version,
}: {
  orgId: string;
  version: SoaVersionSummary;
}) => (
  <VersionPanel
    version={version.version}
    status={
      <Group gap={4}>
        <Badge size="lg">{VERSION_STATUS_LABELS[version.status]}</Badge>
        {version.publishedAt && (
          <Badge size="lg" color="grape">
            Published
          </Badge>
        )}
      </Group>
    }
    meta={<ApprovalVersionMeta orgId={orgId} version={version} />}
    actions={<VersionActions orgId={orgId} version={version} />}
  >
    <Text size="sm">
      {version.changeSummary === '' ? 'No summary of the change.' : version.changeSummary}
    </Text>
    {version.lastReturn && version.status === 'draft' && (
      <Alert color="yellow" variant="light" title="Returned for changes">
        {version.lastReturn.comment}
      </Alert>
    )}
    <Text size="sm" c="dimmed">
      {version.summary.controls} controls: {version.summary.applicable} applicable,{' '}
      {version.summary.notApplicable} not applicable, {version.summary.undecided} undecided,{' '}
      {version.summary.missingJustification} without justification.
    </Text>
  </VersionPanel>
);

const Comparison = ({ orgId, base, next }: { orgId: string; base: number; next: number }) => {
  const nameOf = useMemberName(orgId);
  const diff = useQuery(soaCompareQuery(orgId, base, next));
  if (diff.isPending) return <Text size="sm">Comparing…</Text>;
  if (diff.isError) return <ErrorState error={diff.error} onRetry={() => void diff.refetch()} />;
  const value = (field: string, raw: string | null): string => {
    if (raw === null || raw === '') return '—';
    if (field === 'applicability')
      return APPLICABILITY_LABELS[raw as keyof typeof APPLICABILITY_LABELS];
    if (field === 'implementationStatus') return STATUS_LABELS[raw as keyof typeof STATUS_LABELS];
    if (field === 'ownerUserId') return nameOf(raw);
    return raw;
  };
  const { changed, added, removed, unchanged } = diff.data;
  return (
    <Stack gap="sm" aria-label="Comparison">
      <Group grow align="flex-start">
        <Stack gap={2}>
          <Text fw={600}>Version {base}</Text>
          <Text size="sm">{diff.data.base.changeSummary || '—'}</Text>
        </Stack>
        <Stack gap={2}>
          <Text fw={600}>Version {next}</Text>
          <Text size="sm">{diff.data.next.changeSummary || '—'}</Text>
        </Stack>
      </Group>
      <Text size="sm" c="dimmed">
        {changed.length} changed, {added.length} added, {removed.length} removed, {unchanged}{' '}
        unchanged.
      </Text>
      {changed.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Control</Table.Th>
              <Table.Th>What changed</Table.Th>
              <Table.Th>Version {base}</Table.Th>
              <Table.Th>Version {next}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changed.map((change) => (
              <Table.Tr key={change.controlId}>
                <Table.Td>
                  {change.controlId} {change.title}
                </Table.Td>
                <Table.Td>
                  {[
                    ...change.fields.map((field) => COMPARED_FIELD_LABELS[field] ?? field),
                    ...linkKindsChanged(change.linksAdded, 'added'),
                    ...linkKindsChanged(change.linksRemoved, 'no longer linked'),
                  ].join(', ')}
                </Table.Td>
                <Table.Td>
                  {change.fields.map((field) => (
                    <Text size="sm" key={field}>
                      {value(field, change.before[field])}
                    </Text>
                  ))}
                  {linkLines(change.linksRemoved).map((line) => (
                    <Text size="sm" key={line} td="line-through">
                      {line}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td>
                  {change.fields.map((field) => (
                    <Text size="sm" key={field}>
                      {value(field, change.after[field])}
                    </Text>
                  ))}
                  {linkLines(change.linksAdded).map((line) => (
                    <Text size="sm" key={line}>
                      + {line}
                    </Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
};

export const SoaVersionsPanel = ({
  orgId,
  overview,
  versions,
  canWrite,
}: {
  orgId: string;
  overview: SoaOverview;
  versions: readonly SoaVersionSummary[];
  canWrite: boolean;
}) => {
  const [changeSummary, setChangeSummary] = useState('');
  const open = useOpenSoaDraft(orgId);
  const numbers = versions.map((version) => String(version.version));
  const [base, setBase] = useState<string | null>(numbers[1] ?? null);
  const [next, setNext] = useState<string | null>(numbers[0] ?? null);
  const canOpen = canWrite && overview.draft === null;
  return (
    <Stack gap="lg">
      {overview.draft && <SoaVersionCard orgId={orgId} version={overview.draft} />}
      {canOpen && (
        <Group align="flex-end">
          <TextInput
            label="What the new version changes and why"
            value={changeSummary}
            onChange={(event) => setChangeSummary(event.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button
            loading={open.isPending}
            onClick={() =>
              open.mutate(changeSummary, {
                onSuccess: (draft) => {
                  setChangeSummary('');
                  notifySuccess(`Version ${draft.version} opened as a draft.`);
                },
                onError: (error) => notifyFailure('Could not open a version', error),
              })
            }
          >
            Take the SoA as a new version
          </Button>
        </Group>
      )}
      {versions
        .filter((version) => version.id !== overview.draft?.id)
        .map((version) => (
          <SoaVersionCard key={version.id} orgId={orgId} version={version} />
        ))}
      {versions.length > 0 && (
        <Group gap="xs">
          {versions.map((version) => (
            <Button
              key={version.id}
              size="xs"
              variant="default"
              onClick={() =>
                void downloadFile(
                  soaExportUrl(orgId, 'pdf', version.version),
                  `soa-v${version.version}.pdf`,
                )
              }
            >
              PDF of version {version.version}
            </Button>
          ))}
        </Group>
      )}
      {versions.length > 1 && (
        <Stack gap="sm">
          <Group>
            <Select
              label="Compare version"
              data={numbers}
              value={base}
              onChange={setBase}
              allowDeselect={false}
            />
            <Select
              label="with version"
              data={numbers}
              value={next}
              onChange={setNext}
              allowDeselect={false}
            />
          </Group>
          {base && next && <Comparison orgId={orgId} base={Number(base)} next={Number(next)} />}
        </Stack>
      )}
    </Stack>
  );
};

/**
 * The Statement of Applicability (ISO/IEC 42001 6.1.3 d): every Annex A
 * control and every organization control, grouped by objective, with
 * filters; a warning when the version in force is older than changes to
 * risks or treatment actions; editing an entry in a dialog; the versions
 * (draft, review, approval, publication, history, comparison) and the exports.
 */
import { Alert, Button, Group, Paper, Select, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DateTime } from '../../components/date-time.js';
import { ErrorState } from '../../components/error-state.js';
import { downloadFile } from '../../components/export-download.js';
import { notifyFailure } from '../../components/notify.js';
import { PageHeader } from '../../components/page-header.js';
import { useMemberOptions } from '../../components/prework-owner-select.js';
import { useCurrentOrg } from '../../orgs/current-org.js';
import { SoaEntryDialog } from './soa-entry-dialog.js';
import { APPLICABILITY_LABELS, STATUS_LABELS, labelOptions } from './soa-labels.js';
import { soaExportUrl, soaQuery, soaVersionsQuery } from './soa-queries.js';
import type { SoaEntryRow, SoaFilter, SoaOverview } from './soa-queries.js';
import { SoaTable } from './soa-table.js';
import { SoaVersionsPanel } from './soa-versions.js';

const StaleWarning = ({ overview }: { overview: SoaOverview }) => {
  const stale = overview.staleness;
  if (!stale?.isStale) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      title={`Version ${stale.version} is older than the risk register`}
    >
      <Text size="sm">
        Since it was taken (<DateTime value={stale.takenAt} />
        ), {stale.risksChanged} risk(s) and {stale.treatmentActionsChanged} treatment action(s)
        changed, the first {stale.staleSince && <DateTime value={stale.staleSince} />}. Take a new
        version to bring it up to date.
      </Text>
      {[
        ...stale.recentRisks.map((r) => `Risk: ${r.label}`),
        ...stale.recentTreatmentActions.map((a) => `Treatment action: ${a.label}`),
      ].map((line) => (
        <Text size="xs" key={line}>
          {line}
        </Text>
      ))}
    </Alert>
  );
};

const EVIDENCE_FILTER_OPTIONS: { value: NonNullable<SoaFilter['evidence']>; label: string }[] = [
  { value: 'none', label: 'No evidence' },
  { value: 'expired', label: 'Some expired' },
  { value: 'expiring', label: 'Some expiring' },
];

const Filters = ({
  orgId,
  filter,
  objectives,
  onChange,
}: {
  orgId: string;
  filter: SoaFilter;
  objectives: readonly { id: string; title: string }[];
  onChange: (filter: SoaFilter) => void;
}) => {
  const { options } = useMemberOptions(orgId);
  return (
    <Group gap="sm" align="flex-end">
      <Select
        label="Objective"
        placeholder="Any objective"
        clearable
        data={objectives.map((objective) => ({
          value: objective.id,
          label: `${objective.id === 'ORG' ? '' : `${objective.id} `}${objective.title}`,
        }))}
        value={filter.objective ?? null}
        onChange={(value) => onChange({ ...filter, objective: value ?? undefined })}
      />
      <Select
        label="Applicability"
        placeholder="Any"
        clearable
        data={labelOptions(APPLICABILITY_LABELS)}
        value={filter.applicability ?? null}
        onChange={(value) => onChange({ ...filter, applicability: value ?? undefined })}
      />
      <Select
        label="Status"
        placeholder="Any status"
        clearable
        data={labelOptions(STATUS_LABELS)}
        value={filter.status ?? null}
        onChange={(value) => onChange({ ...filter, status: value ?? undefined })}
      />
      <Select
        label="Owner"
        placeholder="Anyone"
        clearable
        data={options}
        value={filter.owner ?? null}
        onChange={(value) => onChange({ ...filter, owner: value ?? undefined })}
      />
      <Select
        label="Review"
        placeholder="Any"
        clearable
        data={[
          { value: 'true', label: 'Review due' },
          { value: 'false', label: 'No review due' },
        ]}
        value={filter.reviewDue ?? null}
        onChange={(value) => onChange({ ...filter, reviewDue: value ?? undefined })}
      />
      <Select
        label="Evidence"
        placeholder="Any"
        clearable
        data={EVIDENCE_FILTER_OPTIONS}
        value={filter.evidence ?? null}
        onChange={(value) => onChange({ ...filter, evidence: value ?? undefined })}
      />
    </Group>
  );
};

export const SoaPage = () => {
  const { organization } = useCurrentOrg();
  const orgId = organization.id;
  const [filter, setFilter] = useState<SoaFilter>({});
  const [editing, setEditing] = useState<SoaEntryRow | null>(null);
  const overview = useQuery(soaQuery(orgId, filter));
  const versions = useQuery(soaVersionsQuery(orgId));
  const download = (format: 'xlsx' | 'csv' | 'pdf') =>
    downloadFile(soaExportUrl(orgId, format), `statement-of-applicability.${format}`).catch(
      (error: unknown) => notifyFailure('Could not download the SoA', error),
    );
  const data = overview.data;
  return (
    <>
      <PageHeader
        title="Statement of Applicability"
        description="Every Annex A control and every control of your own: whether it applies and why, how far it is implemented, who owns it, and — derived, never typed — the risks, treatment actions, impact measures and evidence that link it."
        actions={
          <Group gap="xs">
            <Button variant="default" onClick={() => void download('xlsx')}>
              Download XLSX
            </Button>
            <Button variant="default" onClick={() => void download('csv')}>
              CSV
            </Button>
            <Button variant="default" onClick={() => void download('pdf')}>
              PDF
            </Button>
          </Group>
        }
      />
      <Stack gap="lg">
        {overview.isError && (
          <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />
        )}
        {overview.isPending && <Skeleton height={360} radius="md" />}
        {data && (
          <>
            <StaleWarning overview={data} />
            <Text size="sm" c="dimmed">
              {data.summary.controls} controls: {data.summary.applicable} applicable,{' '}
              {data.summary.notApplicable} not applicable, {data.summary.undecided} undecided,{' '}
              {data.summary.missingJustification} without justification, {data.summary.reviewsDue}{' '}
              due for review.
              {data.approved
                ? ` Version ${data.approved.version} is in force`
                : ' No version is approved yet'}
              {data.published ? `; version ${data.published.version} is published.` : '.'}
            </Text>
            <Tabs defaultValue="entries" keepMounted={false}>
              <Tabs.List mb="md">
                <Tabs.Tab value="entries">Controls</Tabs.Tab>
                <Tabs.Tab value="versions">
                  Versions{versions.data ? ` (${versions.data.versions.length})` : ''}
                </Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="entries">
                <Paper p="lg">
                  <Stack gap="md">
                    <Filters
                      orgId={orgId}
                      filter={filter}
                      objectives={data.objectives}
                      onChange={setFilter}
                    />
                    <SoaTable
                      orgId={orgId}
                      entries={data.entries}
                      objectives={data.objectives}
                      onEdit={data.canEdit ? setEditing : undefined}
                    />
                  </Stack>
                </Paper>
              </Tabs.Panel>
              <Tabs.Panel value="versions">
                {versions.data ? (
                  <SoaVersionsPanel
                    orgId={orgId}
                    overview={data}
                    versions={versions.data.versions}
                    canWrite={data.canEdit}
                  />
                ) : (
                  <Skeleton height={200} />
                )}
              </Tabs.Panel>
            </Tabs>
          </>
        )}
      </Stack>
      {editing && <SoaEntryDialog orgId={orgId} entry={editing} onClose={() => setEditing(null)} />}
    </>
  );
};

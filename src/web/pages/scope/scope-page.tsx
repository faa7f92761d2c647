/**
 * The AIMS scope (clause 4.3): the version in force with its approver, the
 * open draft with its editor and workflow buttons, and every version before.
 */
import { Button, EmptyState, Paper, Skeleton, Stack, Tabs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorState } from '../../components/error-state.js';
import { notifyFailure } from '../../components/notify.js';
import { PageHeader } from '../../components/page-header.js';
import { VersionPanel } from '../../components/version-panel.js';
import { useCan, useCurrentOrg } from '../../orgs/current-org.js';
import { RequiredDocumentsSummary } from '../required-documents/required-documents-summary.js';
import { ScopeCoverageAlert } from './scope-coverage-alert.js';
import { ScopeDraftPanel } from './scope-draft-panel.js';
import { ScopeHistory } from './scope-history.js';
import { scopeQuery, useOpenScopeDraft } from './scope-queries.js';
import type { ScopeVersion } from './scope-queries.js';
import { ScopeStatusBadge } from './scope-status-badge.js';
import { ApprovalVersionMeta } from '../../components/approval-version-meta.js';
import { ScopeVersionView } from './scope-version-view.js';

type Tab = 'draft' | 'approved' | 'history';

const ApprovedPanel = ({ orgId, version }: { orgId: string; version: ScopeVersion }) => (
  <VersionPanel
    version={version.version}
    status={<ScopeStatusBadge status={version.status} />}
    meta={<ApprovalVersionMeta orgId={orgId} version={version} />}
  >
    <ScopeVersionView orgId={orgId} version={version} />
  </VersionPanel>
);

export const ScopePage = () => {
  const { organization } = useCurrentOrg();
  const orgId = organization.id;
  const canWrite = useCan('aims.write');
  const overview = useQuery(scopeQuery(orgId));
  const openDraft = useOpenScopeDraft(orgId);
  const [tab, setTab] = useState<Tab | null>(null);
  const [editing, setEditing] = useState(false);
  const { approved = null, draft = null, versions = [] } = overview.data ?? {};
  const current: Tab = tab ?? (draft ? 'draft' : approved ? 'approved' : 'history');
  const shownTab: Tab =
    (current === 'draft' && !draft) || (current === 'approved' && !approved)
      ? draft
        ? 'draft'
        : 'approved'
      : current;

  const startDraft = () =>
    openDraft.mutate(undefined, {
      onSuccess: () => {
        setTab('draft');
        setEditing(true);
      },
      onError: (error) => notifyFailure('Could not open a draft', error),
    });

  const canRevise = approved?.availableActions.includes('revise') ?? false;
  const actions = canRevise ? (
    <Button onClick={startDraft} loading={openDraft.isPending}>
      Revise scope
    </Button>
  ) : undefined;

  return (
    <>
      <PageHeader
        title="AIMS scope"
        description="What the AI management system covers: boundaries, sites and the people in scope, AI systems, interfaces and exclusions, and the organization's AI roles. A draft is submitted for review and takes effect when an approver who did not write it approves it."
        actions={actions}
      />
      <Stack gap="lg">
        <RequiredDocumentsSummary orgId={orgId} focus={['RD-01']} />
        <ScopeCoverageAlert orgId={orgId} />
        {overview.isError && (
          <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />
        )}
        {overview.isPending && <Skeleton height={360} radius="md" />}
        {overview.data && versions.length === 0 && (
          <Paper p={0}>
            <EmptyState
              py="xl"
              title="No scope yet"
              description="Define what the AIMS covers. Certification auditors start from the approved scope, and the audit time depends on the people in scope."
            >
              {canWrite && (
                <EmptyState.Actions>
                  <Button onClick={startDraft} loading={openDraft.isPending}>
                    Define the scope
                  </Button>
                </EmptyState.Actions>
              )}
            </EmptyState>
          </Paper>
        )}
        {overview.data && versions.length > 0 && (
          <Tabs value={shownTab} onChange={(value) => setTab(value as Tab)} keepMounted={false}>
            <Tabs.List mb="md">
              {draft && (
                <Tabs.Tab value="draft">
                  {draft.status === 'in_review' ? 'In review' : 'Draft'} · version {draft.version}
                </Tabs.Tab>
              )}
              {approved && (
                <Tabs.Tab value="approved">In force · version {approved.version}</Tabs.Tab>
              )}
              <Tabs.Tab value="history">Version history ({versions.length})</Tabs.Tab>
            </Tabs.List>
            {draft && (
              <Tabs.Panel value="draft">
                <ScopeDraftPanel
                  key={draft.id}
                  orgId={orgId}
                  draft={draft}
                  previous={approved}
                  editing={editing}
                  onEditingChange={setEditing}
                  onApproved={() => setTab('approved')}
                />
              </Tabs.Panel>
            )}
            {approved && (
              <Tabs.Panel value="approved">
                <ApprovedPanel orgId={orgId} version={approved} />
              </Tabs.Panel>
            )}
            <Tabs.Panel value="history">
              <ScopeHistory orgId={orgId} versions={versions} />
            </Tabs.Panel>
          </Tabs>
        )}
      </Stack>
    </>
  );
};

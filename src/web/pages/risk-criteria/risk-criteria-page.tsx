/**
 * The AI risk criteria (clause 6.1.2): the version in force that risks are
 * scored with, the open draft with its editor and workflow buttons, and every
 * version before.
 */
import { Button, EmptyState, Paper, Skeleton, Stack, Tabs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApprovalVersionMeta } from '../../components/approval-version-meta.js';
import { ErrorState } from '../../components/error-state.js';
import { notifyFailure } from '../../components/notify.js';
import { PageHeader } from '../../components/page-header.js';
import { VersionPanel } from '../../components/version-panel.js';
import { useCan, useCurrentOrg } from '../../orgs/current-org.js';
import { ScopeStatusBadge } from '../scope/scope-status-badge.js';
import { RiskCriteriaDraftPanel } from './risk-criteria-draft-panel.js';
import { RiskCriteriaHistory } from './risk-criteria-history.js';
import { riskCriteriaQuery, useOpenRiskCriteriaDraft } from './risk-criteria-queries.js';
import { RiskCriteriaView } from './risk-criteria-view.js';

type Tab = 'draft' | 'approved' | 'history';

export const RiskCriteriaPage = () => {
  const { organization } = useCurrentOrg();
  const orgId = organization.id;
  const canWrite = useCan('aims.write');
  const overview = useQuery(riskCriteriaQuery(orgId));
  const openDraft = useOpenRiskCriteriaDraft(orgId);
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
      Revise the criteria
    </Button>
  ) : undefined;

  return (
    <>
      <PageHeader
        title="AI risk criteria"
        description="How AI risks are assessed: the likelihood and consequence scales, the matrix that turns them into a risk level, which risks can be accepted and by whom. Every risk in the register is scored with the version in force; a draft takes effect when an approver who did not write it approves it."
        actions={actions}
      />
      <Stack gap="lg">
        {overview.isError && (
          <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />
        )}
        {overview.isPending && <Skeleton height={360} radius="md" />}
        {overview.data && versions.length === 0 && (
          <Paper p={0}>
            <EmptyState
              py="xl"
              title="No risk criteria yet"
              description="Settle how risks are assessed before assessing any. The first draft starts from a ready-made 5 × 5 matrix you can approve as it is or change first."
            >
              {canWrite && (
                <EmptyState.Actions>
                  <Button onClick={startDraft} loading={openDraft.isPending}>
                    Define the risk criteria
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
                <RiskCriteriaDraftPanel
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
                <VersionPanel
                  version={approved.version}
                  status={<ScopeStatusBadge status={approved.status} />}
                  meta={<ApprovalVersionMeta orgId={orgId} version={approved} />}
                >
                  <RiskCriteriaView criteria={approved.criteria} />
                </VersionPanel>
              </Tabs.Panel>
            )}
            <Tabs.Panel value="history">
              <RiskCriteriaHistory orgId={orgId} versions={versions} />
            </Tabs.Panel>
          </Tabs>
        )}
      </Stack>
    </>
  );
};

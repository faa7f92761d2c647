/**
 * The AI risk treatment plan (clauses 6.1.3, 8.3): the plan in force, frozen
 * when it was approved, with what changed in the risk register since; the
 * open version with its workflow buttons; the plan as the register stands
 * now while none is approved; and every version before.
 */
import { Button, EmptyState, Paper, Skeleton, Stack, Tabs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorState } from '../../components/error-state.js';
import { notifyFailure } from '../../components/notify.js';
import { PageHeader } from '../../components/page-header.js';
import { useCan, useCurrentOrg } from '../../orgs/current-org.js';
import { TreatmentPlanDraftPanel } from './treatment-plan-draft-panel.js';
import { hasPlanChanges } from './treatment-plan-entries.js';
import { TreatmentPlanHistory } from './treatment-plan-history.js';
import { ChangedSinceApproval, TreatmentPlanInForce } from './treatment-plan-in-force.js';
import { treatmentPlanQuery, useOpenTreatmentPlanDraft } from './treatment-plan-queries.js';
import { PlanSnapshotView } from './treatment-plan-snapshot.js';

type Tab = 'draft' | 'approved' | 'live' | 'history';

export const TreatmentPlanPage = () => {
  const { organization } = useCurrentOrg();
  const orgId = organization.id;
  const canWrite = useCan('aims.write');
  const overview = useQuery(treatmentPlanQuery(orgId));
  const openDraft = useOpenTreatmentPlanDraft(orgId);
  const [tab, setTab] = useState<Tab | null>(null);
  const { approved = null, draft = null, versions = [] } = overview.data ?? {};
  const available: Tab[] = [
    ...(draft ? (['draft'] as const) : []),
    ...(approved ? (['approved'] as const) : (['live'] as const)),
    ...(versions.length > 0 ? (['history'] as const) : []),
  ];
  const preferred: Tab = draft ? 'draft' : approved ? 'approved' : 'live';
  const shownTab: Tab = tab !== null && available.includes(tab) ? tab : preferred;

  const startDraft = () =>
    openDraft.mutate(undefined, {
      onSuccess: () => setTab('draft'),
      onError: (error) => notifyFailure('Could not open a new version', error),
    });
  const canRevise = approved?.availableActions.includes('revise') ?? false;
  const canStartFirst = canWrite && overview.data !== undefined && versions.length === 0;
  // While the plan in force is out of date, its alert offers the new version instead.
  const changed = overview.data?.changedSinceApproval ?? null;
  const isOutOfDate = changed !== null && hasPlanChanges(changed);
  const startButton =
    (canRevise && !isOutOfDate) || canStartFirst ? (
      <Button onClick={startDraft} loading={openDraft.isPending}>
        {canRevise ? 'Start a new version' : 'Take the plan for approval'}
      </Button>
    ) : undefined;

  return (
    <>
      <PageHeader
        title="AI risk treatment plan"
        description="What is being done about each AI risk: the treatment actions, the Annex A and organization controls they put in place, who carries them out and by when. A version freezes the plan as the risk register stands on the day it is taken; it is in force once an approver who neither took nor refreshed it approves it."
        actions={startButton}
      />
      <Stack gap="lg">
        {overview.isError && (
          <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />
        )}
        {overview.isPending && <Skeleton height={360} radius="md" />}
        {overview.data && approved && (
          <ChangedSinceApproval
            orgId={orgId}
            approved={approved}
            diff={overview.data.changedSinceApproval}
            hasOpenVersion={draft !== null}
            onStartVersion={canRevise ? startDraft : undefined}
            isStarting={openDraft.isPending}
          />
        )}
        {overview.data && (
          <Tabs value={shownTab} onChange={(value) => setTab(value as Tab)} keepMounted={false}>
            <Tabs.List mb="md">
              {draft && (
                <Tabs.Tab value="draft">
                  {draft.status === 'in_review' ? 'In review' : 'Draft'} · version {draft.version}
                </Tabs.Tab>
              )}
              {approved ? (
                <Tabs.Tab value="approved">In force · version {approved.version}</Tabs.Tab>
              ) : (
                <Tabs.Tab value="live">Live plan</Tabs.Tab>
              )}
              {versions.length > 0 && (
                <Tabs.Tab value="history">Version history ({versions.length})</Tabs.Tab>
              )}
            </Tabs.List>
            {draft && (
              <Tabs.Panel value="draft">
                <TreatmentPlanDraftPanel
                  key={draft.id}
                  orgId={orgId}
                  draft={draft}
                  previous={approved}
                  onApproved={() => setTab('approved')}
                />
              </Tabs.Panel>
            )}
            {approved ? (
              <Tabs.Panel value="approved">
                <TreatmentPlanInForce orgId={orgId} approved={approved} />
              </Tabs.Panel>
            ) : (
              <Tabs.Panel value="live">
                <Paper p="lg">
                  <Stack gap="md">
                    {versions.length === 0 && (
                      <EmptyState
                        py="md"
                        title="No plan approved yet"
                        description="Below is the plan as the risk register stands now. Take it as a version and have it approved to put it in force."
                      />
                    )}
                    <PlanSnapshotView
                      orgId={orgId}
                      snapshot={overview.data.live}
                      label="Live treatment plan"
                    />
                  </Stack>
                </Paper>
              </Tabs.Panel>
            )}
            {versions.length > 0 && (
              <Tabs.Panel value="history">
                <TreatmentPlanHistory orgId={orgId} versions={versions} />
              </Tabs.Panel>
            )}
          </Tabs>
        )}
      </Stack>
    </>
  );
};

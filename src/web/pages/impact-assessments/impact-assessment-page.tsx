/**
 * One version of an AI system's impact assessment: every section, the impact
 * profile, what changed since the approved version before it, the versions
 * and their trail, the workflow buttons and the PDF. A draft is edited
 * section by section, with what approval still lacks as a checklist.
 */
import { Alert, Anchor, Button, SegmentedControl, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, messageOf } from '../../api/client.js';
import { ApprovalVersionMeta } from '../../components/approval-version-meta.js';
import { DateTime } from '../../components/date-time.js';
import { ErrorState } from '../../components/error-state.js';
import { notifyFailure, notifySuccess } from '../../components/notify.js';
import { PageHeader } from '../../components/page-header.js';
import { DownloadIcon } from '../../components/prework-icons.js';
import { useMemberName } from '../../components/prework-owner-select.js';
import { VersionPanel } from '../../components/version-panel.js';
import { orgPath, useCurrentOrg } from '../../orgs/current-org.js';
import { ScopeStatusBadge } from '../scope/scope-status-badge.js';
import { ImpactAssessmentActions } from './impact-assessment-actions.js';
import { ImpactAssessmentView } from './impact-assessment-view.js';
import { ImpactChangesView } from './impact-changes-view.js';
import { ImpactMissingChecklist } from './impact-missing-checklist.js';
import { downloadImpactPdf, impactVersionQuery } from './impact-queries.js';
import type { ImpactVersion } from './impact-queries.js';
import { ImpactSectionDialog } from './impact-section-dialog.js';
import { IMPACT_SECTIONS } from './impact-sections.js';
import type { SectionId } from './impact-sections.js';
import { ImpactVersions } from './impact-versions.js';

type Shown = 'content' | 'changes' | 'versions';

const problemText = (error: unknown) => {
  if (error instanceof ApiError && error.code === 'APPROVAL_BY_EDITOR')
    return `${error.message.replace(/\.$/, '')}. Another member with the approver role must approve it, so that writing and signing off stay with different people.`;
  if (error instanceof ApiError && error.code === 'IMPACT_ASSESSMENT_INCOMPLETE')
    return 'Complete the items of the checklist, then submit it again.';
  return messageOf(error);
};

const ReturnedNote = ({ orgId, version }: { orgId: string; version: ImpactVersion }) => {
  const nameOf = useMemberName(orgId);
  const last = version.lastReturn;
  if (version.status !== 'draft' || last === null) return null;
  return (
    <Alert color="yellow" variant="light" title="Returned for changes">
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {last.comment}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        {nameOf(last.returnedByUserId)}, <DateTime value={last.returnedAt} />
      </Text>
    </Alert>
  );
};

const PdfButton = ({ orgId, versionId }: { orgId: string; versionId: string }) => {
  const [busy, setBusy] = useState(false);
  const download = () => {
    setBusy(true);
    downloadImpactPdf(orgId, versionId)
      .then((fileName) => notifySuccess(`${fileName} was downloaded.`))
      .catch((error: unknown) => notifyFailure('Could not download the PDF', error))
      .finally(() => setBusy(false));
  };
  return (
    <Button variant="default" leftSection={<DownloadIcon />} loading={busy} onClick={download}>
      Download PDF
    </Button>
  );
};

const VersionBody = ({ orgId, version }: { orgId: string; version: ImpactVersion }) => {
  const [shown, setShown] = useState<Shown>('content');
  const [editing, setEditing] = useState<SectionId | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const section = IMPACT_SECTIONS.find((entry) => entry.id === editing);
  const canEdit = version.availableActions.includes('edit');
  return (
    <VersionPanel
      version={version.version}
      status={<ScopeStatusBadge status={version.status} />}
      meta={<ApprovalVersionMeta orgId={orgId} version={version} />}
      actions={<ImpactAssessmentActions orgId={orgId} version={version} onProblem={setProblem} />}
    >
      <ReturnedNote orgId={orgId} version={version} />
      {problem !== null && (
        <Alert color="red" variant="light" role="alert" title="Not done">
          {problemText(problem)}
        </Alert>
      )}
      {version.status === 'draft' && <ImpactMissingChecklist version={version} />}
      <SegmentedControl
        w="fit-content"
        aria-label="Show"
        value={shown}
        onChange={(value) => setShown(value)}
        data={[
          { value: 'content', label: 'This version' },
          {
            value: 'changes',
            label:
              version.changes.againstVersion === null
                ? 'What changed'
                : `What changed since version ${version.changes.againstVersion}`,
          },
          { value: 'versions', label: 'Versions and history' },
        ]}
      />
      {shown === 'content' && (
        <ImpactAssessmentView
          orgId={orgId}
          version={version}
          onEdit={canEdit ? setEditing : undefined}
        />
      )}
      {shown === 'changes' && <ImpactChangesView changes={version.changes} />}
      {shown === 'versions' && <ImpactVersions orgId={orgId} version={version} />}
      {section && (
        <ImpactSectionDialog
          key={section.id}
          orgId={orgId}
          version={version}
          section={section}
          initialErrors={{}}
          onClose={() => setEditing(null)}
        />
      )}
    </VersionPanel>
  );
};

export const ImpactAssessmentPage = () => {
  const { organization } = useCurrentOrg();
  const orgId = organization.id;
  const { versionId = '' } = useParams();
  const version = useQuery(impactVersionQuery(orgId, versionId));
  const above = (
    <Anchor component={Link} to={orgPath(orgId, 'impact-assessments')} size="sm">
      ← Impact assessments
    </Anchor>
  );
  return (
    <>
      <PageHeader
        above={above}
        title={
          version.data ? `Impact assessment: ${version.data.aiSystemName}` : 'Impact assessment'
        }
        description="What the AI system may do to people, groups and society, the measures taken, and when it is looked at again (ISO/IEC 42001 6.1.4, 8.4; ISO/IEC 42005)."
        actions={version.data && <PdfButton orgId={orgId} versionId={version.data.id} />}
      />
      <Stack gap="lg">
        {version.isPending && <Skeleton height={420} radius="md" />}
        {version.isError && (
          <ErrorState error={version.error} onRetry={() => void version.refetch()} />
        )}
        {version.data && <VersionBody key={version.data.id} orgId={orgId} version={version.data} />}
      </Stack>
    </>
  );
};

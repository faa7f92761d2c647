/**
 * The document register (clause 7.5): every controlled document with its
 * kind, status, version in force, owner and next review; search, filter,
 * sort and page on the server. "Register a document for RD-05" from the
 * required-documents register arrives as ?new=RD-05.
 */
import { Group, Text } from '@mantine/core';
import { lazyDialog } from '../../components/lazy-dialog.js';
import { CalendarDate } from '../../components/prework-calendar-date.js';
import { useMemberName } from '../../components/prework-owner-select.js';
import { usePageSearchParams } from '../../components/use-page-search-params.js';
import { useCurrentOrg } from '../../orgs/current-org.js';
import { recordNameColumn } from '../../registers/register-columns.js';
import type { RegisterRow } from '../../registers/register-queries.js';
import { RegisterListPage } from '../../registers/register-list-page.js';
import type { RegisterColumn } from '../../registers/register-table.js';
import type { UrlShape } from '../../registers/use-register.js';
import { RequiredDocumentsSummary } from '../required-documents/required-documents-summary.js';
import { DispositionDueBadge, DocumentStatusBadge, ReviewDueBadge } from './document-badges.js';
import { useDocumentLabels } from './document-labels.js';

type ControlledDocument = RegisterRow<'documents'>;

/** The address name bookmarks made before the register kit use. */
const URL_SHAPE: UrlShape = {
  urlNames: { isReviewOverdue: 'overdue', isReviewDueSoon: 'dueSoon' },
};

const FILTER_LOOKS = {
  kind: { placeholder: 'All kinds', width: 230 },
  status: { placeholder: 'All statuses', width: 160 },
  fulfils: { placeholder: 'Any', width: 260 },
  readAccess: { placeholder: 'Anyone', width: 180 },
};

const VersionCell = ({ document }: { document: ControlledDocument }) => (
  <Text size="sm">
    {document.currentVersion ? `v${document.currentVersion.version}` : '—'}
    {document.openVersion && (
      <Text span size="xs" c="dimmed">
        {' '}
        · v{document.openVersion.version}{' '}
        {document.openVersion.status === 'draft' ? 'draft' : 'in review'}
      </Text>
    )}
  </Text>
);

const useColumns = (): RegisterColumn<ControlledDocument>[] => {
  const orgId = useCurrentOrg().organization.id;
  const labels = useDocumentLabels();
  const nameOf = useMemberName(orgId);
  return [
    {
      header: 'Reference',
      sort: 'referenceNumber',
      width: 130,
      cell: (document) => (
        <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
          {document.referenceNumber ?? '—'}
        </Text>
      ),
    },
    recordNameColumn({
      header: 'Title',
      sort: 'title',
      width: '30%',
      orgId,
      path: 'documents',
      nameOf: (document) => document.title,
      detail: (document) => (
        <>
          {document.fulfils.length > 0 && (
            <Text size="xs" c="dimmed">
              Provides {document.fulfils.join(', ')}
            </Text>
          )}
          {document.readAccess === 'named_roles' && (
            <Text size="xs" c="dimmed">
              Restricted: {document.readRoles.map(labels.roleOf).join(', ')}
            </Text>
          )}
        </>
      ),
    }),
    { header: 'Kind', sort: 'kind', cell: (document) => labels.kindOf(document.kind) },
    {
      header: 'Status',
      sort: 'status',
      width: 130,
      cell: (document) => <DocumentStatusBadge status={document.status} />,
    },
    { header: 'Version', cell: (document) => <VersionCell document={document} /> },
    {
      header: 'Owner',
      cell: (document) => (document.ownerUserId === null ? '—' : nameOf(document.ownerUserId)),
    },
    {
      header: 'Next review',
      sort: 'nextReviewDate',
      width: 200,
      cell: (document) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {document.nextReviewDate === null ? (
              '—'
            ) : (
              <CalendarDate value={document.nextReviewDate} />
            )}
          </Text>
          <ReviewDueBadge document={document} />
          <DispositionDueBadge document={document} />
        </Group>
      ),
    },
  ];
};

/** The required document a link asked to register a document for (`?new=RD-05`), if any. */
const useRequestedDocument = () => {
  const [searchParams, setSearchParams] = usePageSearchParams();
  const requested = searchParams.get('new');
  const forget = () =>
    setSearchParams((current) => {
      const next = new URLSearchParams(current);
      next.delete('new');
      return next;
    });
  return { requested, forget };
};

const ADD_DOCUMENT = lazyDialog(() =>
  import('./add-document-modal.js').then((module) => module.AddDocumentModal),
);

/** Registering a document, for the required document asked for; closing forgets the request. */
const AddRequestedDocument = ({ orgId, onClose }: { orgId: string; onClose: () => void }) => {
  const { requested, forget } = useRequestedDocument();
  return (
    <ADD_DOCUMENT.Dialog
      orgId={orgId}
      fulfils={requested !== null ? [requested] : []}
      onClose={() => {
        onClose();
        if (requested !== null) forget();
      }}
    />
  );
};

const ADD_FORM = { Dialog: AddRequestedDocument, preload: ADD_DOCUMENT.preload };

export const DocumentsPage = () => {
  const columns = useColumns();
  const { requested } = useRequestedDocument();
  return (
    <RegisterListPage
      registerKey="documents"
      url={URL_SHAPE}
      description="Policies, procedures, methodologies, plans and records of the AIMS. Each version is written as a draft, reviewed, and approved by someone other than its author."
      noneDescription="Start with the AI policy: register it, write its first version, and send it for approval."
      aboveList={(_, orgId) => <RequiredDocumentsSummary orgId={orgId} />}
      searchPlaceholder="Title or reference"
      filterLooks={FILTER_LOOKS}
      columns={columns}
      tableMinWidth={1040}
      addLabel="Register a document"
      isAddingAtFirst={requested !== null}
      addForm={ADD_FORM}
    />
  );
};

/**
 * A document's facts: reference, kind, owner, the version in force, review
 * dates (none for a record), retention and disposition, who may read it, and
 * the required documents it provides.
 */
import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { DateTime } from '../../components/date-time.js';
import { CalendarDate } from '../../components/prework-calendar-date.js';
import {
  DetailField,
  DetailGrid,
  DetailSection,
  NotSet,
  OwnerFact,
  TimeFact,
} from '../../components/prework-detail-section.js';
import { useMemberName } from '../../components/prework-owner-select.js';
import { orgPath } from '../../orgs/current-org.js';
import { catalogQuery } from '../catalog/catalog-query.js';
import { DispositionDueBadge, ReviewDueBadge } from './document-badges.js';
import { retentionText } from './document-control-fields.js';
import { useDocumentLabels } from './document-labels.js';
import type { DocumentDetail } from './document-queries.js';

export const DocumentFacts = ({ orgId, document }: { orgId: string; document: DocumentDetail }) => {
  const nameOf = useMemberName(orgId);
  const { kindOf, dispositionOf, roleOf } = useDocumentLabels();
  const isRecord = document.kind === 'record';
  const catalog = useQuery(catalogQuery);
  const titleOf = (id: string) =>
    catalog.data?.requiredDocuments.find((entry) => entry.id === id)?.title ?? '';
  const current = document.currentVersion;
  return (
    <DetailSection title="Details">
      <DetailGrid cols={3}>
        <DetailField label="Reference">
          {document.referenceNumber ?? <NotSet>No reference number</NotSet>}
        </DetailField>
        <DetailField label="Kind">{kindOf(document.kind)}</DetailField>
        <OwnerFact orgId={orgId} userId={document.ownerUserId} />
        <DetailField label="Version in force">
          {current === null ? (
            <NotSet>None approved yet</NotSet>
          ) : (
            <>
              Version {current.version}, approved by {nameOf(current.approvedByUserId)} on{' '}
              <DateTime value={current.approvedAt} dateOnly />
            </>
          )}
        </DetailField>
        <DetailField label="Next review">
          {isRecord ? (
            <NotSet>Never: a record is retained, not reviewed</NotSet>
          ) : document.nextReviewDate === null ? (
            <NotSet>{document.isRetired ? 'None: retired' : 'After the first approval'}</NotSet>
          ) : (
            <Group gap={6} component="span">
              <CalendarDate value={document.nextReviewDate} />
              <ReviewDueBadge document={document} />
            </Group>
          )}
        </DetailField>
        {!isRecord && (
          <DetailField label="Review interval">
            {document.reviewIntervalMonths === 1
              ? '1 month'
              : `${document.reviewIntervalMonths} months`}
          </DetailField>
        )}
        <DetailField label="Retention">
          {document.retentionMonths === null ? (
            <NotSet>Not decided</NotSet>
          ) : (
            <>
              {retentionText(document.retentionMonths)} after it leaves force
              {document.disposition !== null && `, then ${dispositionOf(document.disposition)}`}
            </>
          )}
        </DetailField>
        {document.retiredAt !== null && <TimeFact label="Retired" value={document.retiredAt} />}
        {document.dispositionDueDate !== null && (
          <DetailField label="Due for disposition">
            <Group gap={6} component="span">
              <CalendarDate value={document.dispositionDueDate} />
              <DispositionDueBadge document={document} />
            </Group>
          </DetailField>
        )}
        <DetailField label="Who may read it">
          {document.readAccess === 'all_members'
            ? 'All members'
            : `${document.readRoles.map(roleOf).join(', ')}, the owner and administrators`}
        </DetailField>
      </DetailGrid>
      <DetailGrid cols={1}>
        <DetailField label="Provides required documents">
          {document.fulfils.length === 0 ? (
            <NotSet>None</NotSet>
          ) : (
            <Stack gap={2} component="span">
              {document.fulfils.map((id) => (
                <Text key={id} size="sm" component="span">
                  <Anchor component={Link} to={orgPath(orgId, 'required-documents')} size="sm">
                    {id}
                  </Anchor>{' '}
                  {titleOf(id)}
                </Text>
              ))}
            </Stack>
          )}
        </DetailField>
      </DetailGrid>
    </DetailSection>
  );
};

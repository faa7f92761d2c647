/**
 * One control of the SoA with everything linked to it: the decision, its
 * evidence with freshness (and adding more), the risks, the treatment
 * actions and the impact measures.
 */
import {
  Anchor,
  Button,
  Group,
  List,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { CalendarDate } from '../../components/prework-calendar-date.js';
import { ErrorState } from '../../components/error-state.js';
import { PageHeader } from '../../components/page-header.js';
import { useMemberName } from '../../components/prework-owner-select.js';
import { orgPath, useCurrentOrg } from '../../orgs/current-org.js';
import { AddEvidenceModal } from '../evidence/add-evidence-modal.js';
import { ControlEvidence } from '../evidence/ControlEvidence.js';
import { SoaEntryDialog } from './soa-entry-dialog.js';
import { ApplicabilityBadge, ReviewDueBadge, StatusBadge } from './soa-labels.js';
import { soaEntryQuery } from './soa-queries.js';

export const SoaControlPage = () => {
  const { organization } = useCurrentOrg();
  const orgId = organization.id;
  const { controlId = '' } = useParams();
  const entry = useQuery(soaEntryQuery(orgId, controlId));
  const nameOf = useMemberName(orgId);
  const [isEditing, setEditing] = useState(false);
  const [isAddingEvidence, setAddingEvidence] = useState(false);
  if (entry.isPending) return <Skeleton height={360} radius="md" />;
  if (entry.isError) return <ErrorState error={entry.error} onRetry={() => void entry.refetch()} />;
  const e = entry.data;
  const riskPath = (id: string) => orgPath(orgId, 'risks', id);
  return (
    <>
      <PageHeader
        title={`${e.controlId} ${e.title}`}
        description={`${e.objectiveId === 'ORG' ? '' : `${e.objectiveId} `}${e.objectiveTitle}`}
        actions={
          <Group gap="xs">
            <Button variant="default" component={Link} to={orgPath(orgId, 'soa')}>
              Back to the SoA
            </Button>
            {e.canEdit && <Button onClick={() => setEditing(true)}>Edit</Button>}
          </Group>
        }
      />
      <Stack gap="lg">
        <Paper p="lg">
          <Stack gap="xs">
            <Group gap="xs">
              <ApplicabilityBadge value={e.applicability} />
              <StatusBadge value={e.implementationStatus} />
              {e.isReviewDue && <ReviewDueBadge />}
            </Group>
            <Text style={{ whiteSpace: 'pre-wrap' }}>
              {e.justification === '' ? 'No justification yet.' : e.justification}
            </Text>
            <Text size="sm">Owner: {nameOf(e.ownerUserId)}</Text>
            {e.reviewDate && (
              <Text size="sm">
                Review by <CalendarDate value={e.reviewDate} />
              </Text>
            )}
          </Stack>
        </Paper>
        <Paper p="lg" component="section" aria-label="Evidence">
          <Group justify="space-between" mb="sm">
            <Title order={2} fz="lg">
              Evidence ({e.links.evidence.length})
            </Title>
            {e.canEdit && (
              <Button variant="default" size="xs" onClick={() => setAddingEvidence(true)}>
                Add evidence
              </Button>
            )}
          </Group>
          <ControlEvidence orgId={orgId} controlId={e.controlId} items={e.links.evidence} />
        </Paper>
        <Paper p="lg" component="section" aria-label="Risks">
          <Title order={2} fz="lg" mb="sm">
            Risks ({e.links.risks.length})
          </Title>
          {e.links.risks.length === 0 ? (
            <Text c="dimmed" size="sm">
              No treatment action of a risk links this control.
            </Text>
          ) : (
            <List>
              {e.links.risks.map((risk) => (
                <List.Item key={risk.id}>
                  <Anchor component={Link} to={riskPath(risk.id)}>
                    {risk.statement}
                  </Anchor>{' '}
                  <Text span size="sm" c="dimmed">
                    ({risk.status.replace(/_/g, ' ')}
                    {risk.level ? `, ${risk.level}` : ''})
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
        </Paper>
        <Paper p="lg" component="section" aria-label="Treatment actions">
          <Title order={2} fz="lg" mb="sm">
            Treatment actions ({e.links.treatmentActions.length})
          </Title>
          {e.links.treatmentActions.length === 0 ? (
            <Text c="dimmed" size="sm">
              None.
            </Text>
          ) : (
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Action</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Due</Table.Th>
                  <Table.Th>Owner</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {e.links.treatmentActions.map((action) => (
                  <Table.Tr key={action.id}>
                    <Table.Td>
                      <Anchor component={Link} to={riskPath(action.riskId)}>
                        {action.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{action.status.replace(/_/g, ' ')}</Table.Td>
                    <Table.Td>
                      {action.dueDate ? <CalendarDate value={action.dueDate} /> : '—'}
                    </Table.Td>
                    <Table.Td>{nameOf(action.ownerUserId)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
        <Paper p="lg" component="section" aria-label="Impact measures">
          <Title order={2} fz="lg" mb="sm">
            Impact-assessment measures ({e.links.measures.length})
          </Title>
          {e.links.measures.length === 0 ? (
            <Text c="dimmed" size="sm">
              No measure of a current impact assessment names this control.
            </Text>
          ) : (
            <List>
              {e.links.measures.map((measure) => (
                <List.Item key={`${measure.aiSystemId}-${measure.measureId}`}>
                  <Anchor
                    component={Link}
                    to={orgPath(orgId, 'impact-assessments', measure.assessmentVersionId)}
                  >
                    {measure.aiSystemName}, {measure.measureId}
                  </Anchor>
                  : {measure.description}{' '}
                  <Text span size="sm" c="dimmed">
                    ({measure.status.replace(/_/g, ' ')}, assessment version{' '}
                    {measure.assessmentVersion}, {measure.assessmentStatus.replace(/_/g, ' ')})
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
        </Paper>
      </Stack>
      {isEditing && <SoaEntryDialog orgId={orgId} entry={e} onClose={() => setEditing(false)} />}
      {isAddingEvidence && (
        <AddEvidenceModal
          orgId={orgId}
          {...(e.organizationControlId === null
            ? { controlId: e.controlId }
            : { organizationControlId: e.organizationControlId })}
          stayOnPage
          onClose={() => setAddingEvidence(false)}
        />
      )}
    </>
  );
};

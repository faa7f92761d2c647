/**
 * The acceptances of a risk's residual level (clause 6.1.3 e, 8.3), newest
 * first: the level, who accepted it and why, when, until when, and whether it
 * still holds; revoked by those who may approve. Asking for an acceptance and
 * giving one start here: the API decides who may.
 */
import { Alert, Badge, Button, Group, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { ConfirmButton } from '../../components/confirm-button.js';
import { DateTime } from '../../components/date-time.js';
import { notifyFailure, notifySuccess } from '../../components/notify.js';
import { CalendarDate } from '../../components/prework-calendar-date.js';
import { DetailSection } from '../../components/prework-detail-section.js';
import { useMemberName } from '../../components/prework-owner-select.js';
import { SimpleTable } from '../../components/simple-table.js';
import { useCan } from '../../orgs/current-org.js';
import { AcceptRiskModal } from './accept-risk-modal.js';
import { LevelBadge, WHOLE_BADGE } from './risk-badges.js';
import { ACCEPTANCE_STATE_COLOURS, ACCEPTANCE_STATE_LABELS } from './risk-labels.js';
import type { Acceptance, Risk } from './risk-labels.js';
import { useRequestAcceptance, useRevokeAcceptance } from './risk-queries.js';
import { useCriteriaOfRisk } from './risk-scale.js';

const COLUMNS = [
  { header: 'Level', width: 110 },
  { header: 'Accepted by', width: 150 },
  { header: 'Rationale' },
  { header: 'Accepted', width: 170 },
  { header: 'Expires on', width: 120 },
  { header: 'State', width: 100 },
];

const Revoke = ({
  orgId,
  risk,
  acceptance,
}: {
  orgId: string;
  risk: Risk;
  acceptance: Acceptance;
}) => {
  const revoke = useRevokeAcceptance(orgId, risk.id);
  return (
    <ConfirmButton
      ariaLabel="Revoke this acceptance"
      title="Revoke acceptance"
      message="The acceptance stops holding now and the risk is open for review again. The audit trail keeps both."
      confirmLabel="Revoke"
      loading={revoke.isPending}
      onConfirm={() =>
        revoke.mutate(acceptance.id, {
          onSuccess: () => notifySuccess('The acceptance was revoked.'),
          onError: (error) => notifyFailure('Could not revoke the acceptance', error),
        })
      }
    >
      Revoke
    </ConfirmButton>
  );
};

const RequestButton = ({ orgId, risk }: { orgId: string; risk: Risk }) => {
  const request = useRequestAcceptance(orgId, risk.id);
  return (
    <Button
      size="xs"
      variant="default"
      loading={request.isPending}
      onClick={() =>
        request.mutate(undefined, {
          onSuccess: () => notifySuccess('Acceptance of the residual risk was requested.'),
          onError: (error) => notifyFailure('Could not request acceptance', error),
        })
      }
    >
      Request acceptance
    </Button>
  );
};

export const RiskAcceptances = ({ orgId, risk }: { orgId: string; risk: Risk }) => {
  const nameOf = useMemberName(orgId);
  const canWrite = useCan('aims.write');
  const canApprove = useCan('aims.approve');
  const canRead = useCan('aims.read');
  const { scoredAgainst } = useCriteriaOfRisk(orgId, risk);
  const [accepting, { open, close }] = useDisclosure(false);
  const acceptances = risk.acceptances ?? [];
  const isOpenRisk = risk.kind === 'risk' && risk.status !== 'closed';
  const levelOf = (key: string) =>
    scoredAgainst?.criteria.levels.find((level) => level.key === key) ?? {
      key,
      label: key,
      colour: '#868e96',
    };
  const columns = canApprove
    ? [...COLUMNS, { header: 'Actions', width: 100, isHeaderHidden: true }]
    : COLUMNS;
  return (
    <DetailSection
      title="Acceptance of residual risk"
      actions={
        isOpenRisk && (
          <Group gap="xs">
            {canWrite &&
              risk.acceptanceRequestedByUserId === null &&
              risk.effectiveStatus !== 'accepted' && <RequestButton orgId={orgId} risk={risk} />}
            {canRead && (
              <Button size="xs" variant="light" onClick={open}>
                Accept residual risk
              </Button>
            )}
          </Group>
        )
      }
    >
      {risk.acceptanceRequestedByUserId !== null && (
        <Alert color="blue" variant="light" title="Acceptance requested">
          {nameOf(risk.acceptanceRequestedByUserId)} asked for the residual risk to be accepted.
          Someone else, whose role the risk criteria allow for its level, accepts it.
        </Alert>
      )}
      {acceptances.length === 0 ? (
        <Text size="sm" c="dimmed">
          {risk.kind === 'opportunity'
            ? 'An opportunity is pursued, not accepted.'
            : 'No acceptance recorded.'}
        </Text>
      ) : (
        <SimpleTable label="Acceptances" minWidth={820} columns={columns}>
          {acceptances.map((acceptance) => (
            <Table.Tr key={acceptance.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <LevelBadge level={levelOf(acceptance.levelKey)} />
              </Table.Td>
              <Table.Td>{nameOf(acceptance.acceptedByUserId)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{acceptance.rationale}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <DateTime value={acceptance.acceptedAt} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <CalendarDate value={acceptance.expiresOn} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Badge color={ACCEPTANCE_STATE_COLOURS[acceptance.state]} styles={WHOLE_BADGE}>
                  {ACCEPTANCE_STATE_LABELS[acceptance.state]}
                </Badge>
              </Table.Td>
              {canApprove && (
                <Table.Td>
                  {acceptance.state === 'valid' && risk.status !== 'closed' && (
                    <Revoke orgId={orgId} risk={risk} acceptance={acceptance} />
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </SimpleTable>
      )}
      {accepting && <AcceptRiskModal orgId={orgId} risk={risk} onClose={close} />}
    </DetailSection>
  );
};

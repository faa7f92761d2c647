/** The organization's pending and recent invitations, with Resend and Revoke for open ones. */
import { Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ConfirmButton } from '../../components/confirm-button.js';
import { DateTime } from '../../components/date-time.js';
import { ErrorState } from '../../components/error-state.js';
import { notifyFailure, notifySuccess } from '../../components/notify.js';
import { TableSkeletonRows } from '../../components/table-skeleton.js';
import { ROLE_LABELS } from '../../labels/roles.js';
import { invitationsQuery, useResendInvitation, useRevokeInvitation } from './member-queries.js';
import type { Invitation, IssuedInvitation } from './member-queries.js';

const STATUS_BADGES: Readonly<Record<Invitation['status'], { label: string; color: string }>> = {
  pending: { label: 'Pending', color: 'blue' },
  expired: { label: 'Expired', color: 'orange' },
  accepted: { label: 'Accepted', color: 'teal' },
  revoked: { label: 'Revoked', color: 'gray' },
};

const isOpen = (invitation: Invitation) =>
  invitation.status === 'pending' || invitation.status === 'expired';

interface ActionsProps {
  readonly orgId: string;
  readonly invitation: Invitation;
  readonly onIssued: (issued: IssuedInvitation) => void;
}

const InvitationActions = ({ orgId, invitation, onIssued }: ActionsProps) => {
  const resend = useResendInvitation(orgId);
  const revoke = useRevokeInvitation(orgId);
  const role = ROLE_LABELS[invitation.role];
  return (
    <Group gap={4} wrap="nowrap">
      <Button
        variant="subtle"
        size="xs"
        aria-label={`Resend the invitation of ${invitation.email} as ${role}`}
        loading={resend.isPending}
        onClick={() =>
          resend.mutate(invitation.id, {
            onSuccess: onIssued,
            onError: (error) => notifyFailure('Could not resend the invitation', error),
          })
        }
      >
        Resend
      </Button>
      <ConfirmButton
        ariaLabel={`Revoke the invitation of ${invitation.email} as ${role}`}
        title="Revoke invitation"
        message={`The link sent to ${invitation.email} stops working. You can invite them again later.`}
        confirmLabel="Revoke"
        loading={revoke.isPending}
        onConfirm={() =>
          revoke.mutate(invitation.id, {
            onSuccess: () => notifySuccess(`The invitation of ${invitation.email} is revoked.`),
            onError: (error) => notifyFailure('Could not revoke the invitation', error),
          })
        }
      >
        Revoke
      </ConfirmButton>
    </Group>
  );
};

/** When it expires or expired, or when it was accepted or revoked. */
const When = ({ invitation }: { invitation: Invitation }) =>
  invitation.resolvedAt !== null ? (
    <DateTime value={invitation.resolvedAt} />
  ) : (
    <Text size="sm" component="span">
      {invitation.status === 'expired' ? 'Expired ' : 'Until '}
      <DateTime value={invitation.expiresAt} />
    </Text>
  );

export const InvitationsTable = ({
  orgId,
  onIssued,
}: {
  orgId: string;
  onIssued: (issued: IssuedInvitation) => void;
}) => {
  const invitations = useQuery(invitationsQuery(orgId));
  if (invitations.isError)
    return <ErrorState error={invitations.error} onRetry={() => void invitations.refetch()} />;
  if (invitations.data?.length === 0) return null;
  return (
    <>
      <Title order={2} fz="lg" mt="xl" mb="sm">
        Invitations
      </Title>
      <Paper p={0} style={{ overflow: 'hidden' }}>
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label="Invitations">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Email</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>When</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">Actions</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invitations.data === undefined ? (
                <TableSkeletonRows columns={5} />
              ) : (
                invitations.data.map((invitation) => (
                  <Table.Tr key={invitation.id}>
                    <Table.Td>
                      <Text size="sm">{invitation.email}</Text>
                      <Text size="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
                        Invited by {invitation.invitedBy}
                      </Text>
                    </Table.Td>
                    <Table.Td>{ROLE_LABELS[invitation.role]}</Table.Td>
                    <Table.Td>
                      <Badge
                        variant="light"
                        color={STATUS_BADGES[invitation.status].color}
                        style={{ minWidth: 'max-content' }}
                      >
                        {STATUS_BADGES[invitation.status].label}
                      </Badge>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <When invitation={invitation} />
                    </Table.Td>
                    <Table.Td>
                      {isOpen(invitation) && (
                        <InvitationActions
                          orgId={orgId}
                          invitation={invitation}
                          onIssued={onIssued}
                        />
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </>
  );
};

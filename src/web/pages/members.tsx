/**
 * Who belongs to the organization, in which role; admins invite people,
 * remove roles, export the member list and change the organization’s settings.
 */
import { Badge, Button, EmptyState, Group, Paper, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useMe } from '../auth/me-context.js';
import { ConfirmButton } from '../components/confirm-button.js';
import { DateTime } from '../components/date-time.js';
import { ErrorState } from '../components/error-state.js';
import { ExportMenu } from '../components/export-menu.js';
import { notifyFailure, notifySuccess } from '../components/notify.js';
import { PageHeader } from '../components/page-header.js';
import { TableSkeletonRows } from '../components/table-skeleton.js';
import { ROLE_LABELS } from '../labels/roles.js';
import { useCan, useCurrentOrg } from '../orgs/current-org.js';
import { InvitationLinkModal } from './members/invitation-link-modal.js';
import { InvitationsTable } from './members/invitations-table.js';
import { InviteModal } from './members/invite-modal.js';
import { membersQuery, useRemoveMember } from './members/member-queries.js';
import { OrgSecuritySettings } from './members/org-security-settings.js';
import type { IssuedInvitation, Member } from './members/member-queries.js';

const RemoveButton = ({ member, orgId }: { member: Member; orgId: string }) => {
  const remove = useRemoveMember(orgId);
  const role = ROLE_LABELS[member.role];
  return (
    <ConfirmButton
      ariaLabel={`Remove ${member.name} as ${role}`}
      title="Remove role"
      message={`${member.name} will no longer be ${role} in this organization. Their account and their other roles stay.`}
      confirmLabel="Remove"
      loading={remove.isPending}
      onConfirm={() =>
        remove.mutate(member.id, {
          onSuccess: () => notifySuccess(`${member.name} is no longer ${role}.`),
          onError: (error) => notifyFailure('Could not remove the role', error),
        })
      }
    >
      Remove
    </ConfirmButton>
  );
};

export const MembersPage = () => {
  const membership = useCurrentOrg();
  const { organization } = membership;
  const { user } = useMe();
  const canManage = useCan('members.manage');
  const [inviting, { open, close }] = useDisclosure(false);
  const [linkToShow, setLinkToShow] = useState<(IssuedInvitation & { link: string }) | null>(null);
  const members = useQuery(membersQuery(organization.id));
  const columns = canManage ? 5 : 4;

  /** An e-mailed link is confirmed; any other is shown once, to pass on. */
  const issued = (invitation: IssuedInvitation) => {
    const { link } = invitation;
    if (link === null) notifySuccess(`Invitation sent to ${invitation.invitation.email}.`);
    else setLinkToShow({ ...invitation, link });
  };

  return (
    <>
      <PageHeader
        title="Members"
        description={`People with a role in ${organization.name}. A person with several roles appears once per role.`}
        actions={
          canManage ? (
            <Group gap="sm">
              <ExportMenu
                orgId={organization.id}
                sources={[{ register: 'members', label: 'Members' }]}
              />
              <Button onClick={open}>Invite someone</Button>
            </Group>
          ) : undefined
        }
      />
      {members.isError ? (
        <ErrorState error={members.error} onRetry={() => void members.refetch()} />
      ) : members.data?.length === 0 ? (
        <EmptyState title="No members" description="Nobody has a role here yet." />
      ) : (
        <Paper p={0} style={{ overflow: 'hidden' }}>
          <Table.ScrollContainer minWidth={640}>
            <Table aria-label="Members">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Email</Table.Th>
                  <Table.Th>Role</Table.Th>
                  <Table.Th>Since</Table.Th>
                  {canManage && (
                    <Table.Th w={100}>
                      <span className="visually-hidden">Actions</span>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {members.data === undefined ? (
                  <TableSkeletonRows columns={columns} />
                ) : (
                  members.data.map((member) => (
                    <Table.Tr key={member.id}>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {member.name}
                          {member.userId === user.id && (
                            <Badge ml="xs" size="xs" color="gray">
                              You
                            </Badge>
                          )}
                        </Text>
                      </Table.Td>
                      <Table.Td>{member.email}</Table.Td>
                      <Table.Td>{ROLE_LABELS[member.role]}</Table.Td>
                      <Table.Td>
                        <DateTime value={member.createdAt} dateOnly />
                      </Table.Td>
                      {canManage && (
                        <Table.Td>
                          <RemoveButton member={member} orgId={organization.id} />
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {canManage && <InvitationsTable orgId={organization.id} onIssued={issued} />}
      {canManage && <OrgSecuritySettings membership={membership} />}
      {canManage && inviting && (
        <InviteModal
          orgId={organization.id}
          orgKind={organization.kind}
          onInvited={issued}
          onClose={close}
        />
      )}
      {linkToShow && (
        <InvitationLinkModal issued={linkToShow} onClose={() => setLinkToShow(null)} />
      )}
    </>
  );
};

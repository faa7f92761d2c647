/** Who the user is and where they have which roles. */
import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useMe } from '../../auth/me-context.js';
import { DateTime } from '../../components/date-time.js';
import { ORG_KIND_LABELS, ROLE_LABELS } from '../../labels/roles.js';
import { AccountCard } from './account-card.js';
import { SimpleTable } from '../../components/simple-table.js';

const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <div>
    <Text size="xs" c="dimmed" fw={700} tt="uppercase">
      {label}
    </Text>
    <Text>{children}</Text>
  </div>
);

const COLUMNS = [{ header: 'Organization' }, { header: 'Kind' }, { header: 'Your roles' }];

export const ProfileCard = () => {
  const { user, memberships } = useMe();
  return (
    <AccountCard title="Profile">
      <Stack gap="md">
        <Group gap="xl">
          <Fact label="Name">{user.name}</Fact>
          <Fact label="Email">{user.email}</Fact>
          <Fact label="Account since">
            <DateTime value={user.createdAt} dateOnly />
          </Fact>
        </Group>
        {memberships.length === 0 ? (
          <Text size="sm" c="dimmed">
            You have no role in any organization yet. An administrator of your organization can add
            you.
          </Text>
        ) : (
          <SimpleTable label="Your organizations and roles" columns={COLUMNS}>
            {memberships.map(({ organization, roles }) => (
              <Table.Tr key={organization.id}>
                <Table.Td>{organization.name}</Table.Td>
                <Table.Td>{ORG_KIND_LABELS[organization.kind]}</Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    {roles.map((role) => (
                      <Badge key={role} color="indigo">
                        {ROLE_LABELS[role]}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </SimpleTable>
        )}
      </Stack>
    </AccountCard>
  );
};

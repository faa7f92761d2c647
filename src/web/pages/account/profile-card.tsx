/** Who the user is and where they have which roles. */
import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMe } from '../../auth/me-context.js';
import { DateTime } from '../../components/date-time.js';
import { ORG_KIND_LABELS, ROLE_LABELS } from '../../labels/roles.js';

export const ProfileCard = () => {
  const { user, memberships } = useMe();
  return (
    <Paper p="lg">
      <Title order={2} fz="lg" mb="md">
        Profile
      </Title>
      <Stack gap="md">
        <Group gap="xl">
          <div>
            <Text size="xs" c="dimmed" fw={700} tt="uppercase">
              Name
            </Text>
            <Text>{user.name}</Text>
          </div>
          <div>
            <Text size="xs" c="dimmed" fw={700} tt="uppercase">
              Email
            </Text>
            <Text>{user.email}</Text>
          </div>
          <div>
            <Text size="xs" c="dimmed" fw={700} tt="uppercase">
              Account since
            </Text>
            <Text>
              <DateTime value={user.createdAt} dateOnly />
            </Text>
          </div>
        </Group>
        {memberships.length === 0 ? (
          <Text size="sm" c="dimmed">
            You have no role in any organization yet. An administrator of your organization can add
            you.
          </Text>
        ) : (
          <Table aria-label="Your organizations and roles" highlightOnHover={false}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Organization</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Your roles</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
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
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
};

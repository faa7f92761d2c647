/** The signed-in user's menu: their account page and signing out. */
import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { useMe } from '../auth/me-context.js';
import { useSignOut } from '../auth/use-sign-out.js';

export const UserMenu = () => {
  const { user } = useMe();
  const signOut = useSignOut();
  return (
    <Menu position="bottom-end" shadow="md" width={240}>
      <Menu.Target>
        <UnstyledButton
          aria-label={`Account menu for ${user.name}`}
          p={4}
          style={{ borderRadius: 8 }}
        >
          <Group gap="xs" wrap="nowrap">
            {/* The person icon, not initials: the button's name is the full name, and any text
                shown in it must be part of that name. */}
            <Avatar color="indigo" radius="xl" size={32} aria-hidden />
            <Text size="sm" fw={500} visibleFrom="md" lineClamp={1} maw={180}>
              {user.name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item component={Link} to="/account">
          Account
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
};

/** The signed-in frame: header (product, organization, user), navigation, and the page. */
import { AppShell, Burger, Group, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet } from 'react-router';
import { useActiveOrg } from '../orgs/active-org.js';
import { ORG_KIND_LABELS } from '../labels/roles.js';
import { Brand } from './brand.js';
import { useFocusRescue } from './focus-rescue.js';
import { MainNav } from './main-nav.js';
import { NavigationProgress } from './navigation-progress.js';
import { NotificationBell } from '../notifications/notification-bell.js';
import { OrgSwitcher } from './org-switcher.js';
import { UserMenu } from './user-menu.js';

export const AppLayout = () => {
  const [opened, { toggle, close }] = useDisclosure(false);
  const { membership } = useActiveOrg();
  useFocusRescue('main');
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <NavigationProgress />
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap" gap="md">
          <Group gap="md" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? 'Close navigation' : 'Open navigation'}
            />
            <Link to="/" className="brand-link" aria-label="AIMS Workbench home">
              <Brand />
            </Link>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <OrgSwitcher />
            {membership && <NotificationBell orgId={membership.organization.id} />}
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="md">
        {/* The journey's sections outgrow a laptop screen: the navigation scrolls on its own. */}
        <AppShell.Section grow component={ScrollArea} scrollbarSize={6}>
          <MainNav membership={membership} onNavigate={close} />
        </AppShell.Section>
        {membership && (
          <AppShell.Section pt="md" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
            <Text size="xs" c="dimmed" px="sm">
              {ORG_KIND_LABELS[membership.organization.kind]} · {membership.organization.name}
            </Text>
          </AppShell.Section>
        )}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
        <div style={{ maxWidth: 1280, margin: '0 auto' }}>
          <Outlet />
        </div>
      </AppShell.Main>
    </AppShell>
  );
};

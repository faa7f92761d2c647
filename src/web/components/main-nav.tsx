/**
 * The navigation, grouped by the certification journey. Only pages that exist,
 * and only those the user's permissions in the organization open.
 */
import { NavLink, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { Link, useLocation } from 'react-router';
import type { OrgMembership } from '../auth/me-query.js';
import { can, orgPath } from '../orgs/current-org.js';

interface NavItem {
  readonly label: string;
  readonly to: string;
}

interface NavSection {
  readonly title: string;
  readonly items: readonly NavItem[];
}

const sectionsFor = (membership: OrgMembership | undefined): NavSection[] => {
  const orgId = membership?.organization.id ?? '';
  const items = (entries: readonly (NavItem | false)[]) =>
    entries.filter((entry): entry is NavItem => entry !== false);
  return [
    {
      title: 'Pre-work',
      items: items([
        can(membership, 'aims.read') && {
          label: 'Context & interested parties',
          to: orgPath(orgId, 'context'),
        },
        can(membership, 'aims.read') && { label: 'AIMS scope', to: orgPath(orgId, 'scope') },
        can(membership, 'ai_system.read') && {
          label: 'AI systems',
          to: orgPath(orgId, 'ai-systems'),
        },
        can(membership, 'aims.read') && { label: 'Obligations', to: orgPath(orgId, 'obligations') },
        can(membership, 'aims.read') && { label: 'Objectives', to: orgPath(orgId, 'objectives') },
        can(membership, 'aims.read') && { label: 'Documents', to: orgPath(orgId, 'documents') },
        can(membership, 'aims.read') && {
          label: 'Required documents',
          to: orgPath(orgId, 'required-documents'),
        },
      ]),
    },
    {
      title: 'Risk and impact',
      items: items([
        can(membership, 'aims.read') && {
          label: 'Risk criteria',
          to: orgPath(orgId, 'risk-criteria'),
        },
        can(membership, 'aims.read') && { label: 'AI risks', to: orgPath(orgId, 'risks') },
        can(membership, 'aims.read') && {
          label: 'Treatment plan',
          to: orgPath(orgId, 'risk-treatment-plan'),
        },
        can(membership, 'aims.read') && {
          label: 'Statement of Applicability',
          to: orgPath(orgId, 'soa'),
        },
        can(membership, 'aims.read') && {
          label: 'Organization controls',
          to: orgPath(orgId, 'organization-controls'),
        },
        can(membership, 'aims.read') && {
          label: 'Impact assessments',
          to: orgPath(orgId, 'impact-assessments'),
        },
      ]),
    },
    {
      title: 'Operation',
      items: items([
        can(membership, 'aims.read') && { label: 'Evidence', to: orgPath(orgId, 'evidence') },
      ]),
    },
    { title: 'Reference', items: [{ label: 'ISO/IEC 42001 catalog', to: '/catalog' }] },
    {
      title: 'Administration',
      items: items([
        can(membership, 'members.read') && { label: 'Members', to: orgPath(orgId, 'members') },
        can(membership, 'audit_log.read') && {
          label: 'Audit trail',
          to: orgPath(orgId, 'audit-trail'),
        },
      ]),
    },
  ].filter((section) => section.items.length > 0);
};

const isCurrent = (pathname: string, to: string): boolean =>
  pathname === to || pathname.startsWith(`${to}/`);

const Section = ({
  section,
  pathname,
  onNavigate,
}: {
  section: NavSection;
  pathname: string;
  onNavigate: () => void;
}) => {
  const headingId = useId();
  return (
    <div role="group" aria-labelledby={headingId}>
      <Text
        id={headingId}
        component="h2"
        size="xs"
        fw={700}
        tt="uppercase"
        c="dimmed"
        px="sm"
        mb={4}
        style={{ letterSpacing: '0.06em' }}
      >
        {section.title}
      </Text>
      {section.items.map((item) => {
        const active = isCurrent(pathname, item.to);
        return (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={item.label}
            active={active}
            aria-current={active ? 'page' : undefined}
            onClick={onNavigate}
            variant="light"
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          />
        );
      })}
    </div>
  );
};

export const MainNav = ({
  membership,
  onNavigate,
}: {
  membership: OrgMembership | undefined;
  onNavigate: () => void;
}) => {
  const { pathname } = useLocation();
  return (
    <nav aria-label="Main">
      <Stack gap="lg">
        {sectionsFor(membership).map((section) => (
          <Section
            key={section.title}
            section={section}
            pathname={pathname}
            onNavigate={onNavigate}
          />
        ))}
      </Stack>
    </nav>
  );
};

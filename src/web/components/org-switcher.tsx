/**
 * Picks the organization to work in. On an organization page it opens the
 * same page in the chosen organization; elsewhere it only remembers the choice.
 */
import { Select } from '@mantine/core';
import { useLocation, useNavigate } from 'react-router';
import { useMe } from '../auth/me-context.js';
import { useActiveOrg } from '../orgs/active-org.js';
import { orgPath } from '../orgs/current-org.js';
import { useRememberedOrgId } from '../orgs/remembered-org.js';

/** The register or page an organization URL points at, without record ids. */
const sectionOf = (pathname: string): string | undefined => pathname.split('/')[3];

export const OrgSwitcher = () => {
  const me = useMe();
  const { membership, urlOrgId } = useActiveOrg();
  const [, setRememberedId] = useRememberedOrgId();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  if (me.memberships.length === 0) return null;
  const data = me.memberships.map((entry) => ({
    value: entry.organization.id,
    label: entry.organization.name,
  }));

  const choose = (orgId: string | null) => {
    if (orgId === null || orgId === membership?.organization.id) return;
    setRememberedId(orgId);
    if (urlOrgId !== undefined) {
      const section = sectionOf(pathname);
      void navigate(section ? orgPath(orgId, section) : orgPath(orgId));
    }
  };

  return (
    <Select
      aria-label="Organization"
      placeholder="Choose an organization"
      data={data}
      value={membership?.organization.id ?? null}
      onChange={choose}
      allowDeselect={false}
      searchable={data.length > 6}
      w={{ base: 170, sm: 280 }}
      comboboxProps={{ shadow: 'md' }}
    />
  );
};

/**
 * Context of the organization (ISO/IEC 42001 clause 4.1) and its interested
 * parties (4.2), as two tabs whose lists live in the URL, below the
 * organization's climate decisions on both. Export both.
 */
import { Badge, Tabs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ExportMenu } from '../../components/export-menu.js';
import { PageHeader } from '../../components/page-header.js';
import { usePageSearchParams } from '../../components/use-page-search-params.js';
import { useCurrentOrg } from '../../orgs/current-org.js';
import type { ListCodec } from '../../registers/list-params.js';
import { registerListQuery } from '../../registers/register-queries.js';
import type { RegisterPath } from '../../registers/register-queries.js';
import { useRegister } from '../../registers/use-register.js';
import { ISSUES_URL, PARTIES_URL, readTab, tabParams } from './context-tabs.js';
import type { ContextTab } from './context-tabs.js';
import { ClimateDecisionsPanel } from './climate-decisions-panel.js';
import { IssuesTab } from './issues-tab.js';
import { PartiesTab } from './parties-tab.js';

/** How many rows each register holds, for the tab labels (one row fetched each). */
const useTotal = (orgId: string, path: RegisterPath, codec: ListCodec) =>
  useQuery(registerListQuery(orgId, path, codec.toQuery({ ...codec.defaults, pageSize: 1 }))).data
    ?.total;

const useTotals = (orgId: string) => {
  const issues = useRegister('context-issues', ISSUES_URL);
  const parties = useRegister('interested-parties', PARTIES_URL);
  return {
    issues: useTotal(orgId, 'context-issues', issues.codec),
    parties: useTotal(orgId, 'interested-parties', parties.codec),
  };
};

const TabLabel = ({ label, count }: { label: string; count: number | undefined }) => (
  <>
    {label}
    {count !== undefined && (
      <Badge ml={8} size="sm" variant="light" color="gray">
        {count}
      </Badge>
    )}
  </>
);

export const ContextPage = () => {
  const { organization } = useCurrentOrg();
  const [searchParams, setSearchParams] = usePageSearchParams();
  const tab = readTab(searchParams);
  const totals = useTotals(organization.id);

  return (
    <>
      <PageHeader
        title="Context & interested parties"
        description="The internal and external issues that shape the AIMS (clause 4.1), the interested parties with their requirements (clause 4.2), and the organization's decisions on climate change for both."
        actions={
          <ExportMenu
            orgId={organization.id}
            sources={[
              { register: 'context-issues', label: 'Context issues' },
              { register: 'interested-parties', label: 'Interested parties' },
            ]}
          />
        }
      />
      <ClimateDecisionsPanel orgId={organization.id} />
      <Tabs
        value={tab}
        onChange={(value) => {
          if (value === 'issues' || value === 'parties')
            setSearchParams(tabParams(value satisfies ContextTab), true);
        }}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="issues">
            <TabLabel label="Context issues" count={totals.issues} />
          </Tabs.Tab>
          <Tabs.Tab value="parties">
            <TabLabel label="Interested parties" count={totals.parties} />
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="issues">
          <IssuesTab orgId={organization.id} />
        </Tabs.Panel>
        <Tabs.Panel value="parties">
          <PartiesTab orgId={organization.id} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
};

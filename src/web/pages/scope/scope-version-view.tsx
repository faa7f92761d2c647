/**
 * One scope version, read-only: the people in scope first (the basis of audit
 * time), then the statement, roles, boundaries, AI systems, interfaces and
 * exclusions. Issues found on approval show at the part they concern.
 */
import {
  Anchor,
  Badge,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { NotSet } from '../../components/prework-detail-section.js';
import { AI_ROLE_LABELS } from '../../labels/ai-classification.js';
import { orgPath } from '../../orgs/current-org.js';
import { allAiSystemsQuery } from '../ai-systems/ai-system-queries.js';
import { useConsidered } from './scope-considered-queries.js';
import { SCOPE_FIELD_LABELS } from './scope-labels.js';
import type { ScopeField } from './scope-labels.js';
import type { ScopeVersion } from './scope-queries.js';
import { SimpleTable } from '../../components/simple-table.js';
import type { SimpleColumn } from '../../components/simple-table.js';

const numberFormat = new Intl.NumberFormat();

const Part = ({
  title,
  issue,
  children,
}: {
  title: string;
  issue?: string | undefined;
  children: ReactNode;
}) => (
  <Stack gap={6}>
    <Title order={3} fz="sm" fw={700} c="dimmed" tt="uppercase" style={{ letterSpacing: '0.05em' }}>
      {title}
    </Title>
    {issue !== undefined && (
      <Text size="sm" c="red.8" fw={600}>
        {issue}
      </Text>
    )}
    {children}
  </Stack>
);

const Stat = ({ label, value }: { label: string; value: ReactNode }) => (
  <Paper p="md" bg="gray.0" withBorder={false}>
    <Text size="xs" c="dimmed" fw={700} tt="uppercase" style={{ letterSpacing: '0.05em' }}>
      {label}
    </Text>
    <Text fz={28} fw={700} lh={1.2} mt={4}>
      {value}
    </Text>
  </Paper>
);

const TextList = ({
  items,
  empty = 'None listed',
}: {
  items: readonly string[];
  empty?: string;
}) =>
  items.length === 0 ? (
    <NotSet>{empty}</NotSet>
  ) : (
    <List size="sm" spacing={2}>
      {items.map((item, index) => (
        <List.Item key={index}>{item}</List.Item>
      ))}
    </List>
  );

const SITE_COLUMNS: readonly SimpleColumn[] = [
  { header: 'Site' },
  { header: 'Location' },
  { header: 'People in scope', align: 'right' },
];

const SitesTable = ({ version }: { version: ScopeVersion }) =>
  version.sites.length === 0 ? (
    <NotSet>No sites</NotSet>
  ) : (
    <SimpleTable
      label="Sites"
      columns={SITE_COLUMNS}
      withTableBorder
      footer={
        <Table.Tr>
          <Table.Th colSpan={2} scope="row">
            Total
          </Table.Th>
          <Table.Th ta="right">{numberFormat.format(version.totalPeopleInScope)}</Table.Th>
        </Table.Tr>
      }
    >
      {version.sites.map((site) => (
        <Table.Tr key={site.name}>
          <Table.Td>{site.name}</Table.Td>
          <Table.Td>{site.location === '' ? '—' : site.location}</Table.Td>
          <Table.Td ta="right">{numberFormat.format(site.peopleInScope)}</Table.Td>
        </Table.Tr>
      ))}
    </SimpleTable>
  );

const AiSystemLinks = ({ orgId, ids }: { orgId: string; ids: readonly string[] }) => {
  const systems = useQuery(allAiSystemsQuery(orgId));
  if (ids.length === 0) return <NotSet>No AI systems</NotSet>;
  return (
    <List size="sm" spacing={2}>
      {ids.map((id) => {
        const system = systems.data?.find((entry) => entry.id === id);
        return (
          <List.Item key={id}>
            <Anchor component={Link} to={orgPath(orgId, 'ai-systems', id)} size="sm">
              {system?.name ??
                (systems.isPending ? 'Loading…' : 'AI system no longer in the inventory')}
            </Anchor>
          </List.Item>
        );
      })}
    </List>
  );
};

/** The context issues and parties' requirements the version considered, by name. */
const ConsideredLists = ({ orgId, version }: { orgId: string; version: ScopeVersion }) => {
  const considered = useConsidered(orgId);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Part title={SCOPE_FIELD_LABELS.contextIssueIds}>
        <TextList
          items={version.contextIssueIds.map(considered.issueTitle)}
          empty="None recorded"
        />
      </Part>
      <Part title={SCOPE_FIELD_LABELS.partyRequirements}>
        <TextList
          items={version.partyRequirements.map(considered.requirementText)}
          empty="None recorded"
        />
      </Part>
    </SimpleGrid>
  );
};

const ExclusionsTable = ({ version }: { version: ScopeVersion }) =>
  version.exclusions.length === 0 ? (
    <NotSet>No exclusions</NotSet>
  ) : (
    <SimpleTable
      label="Exclusions"
      columns={[{ header: 'Excluded', width: '30%' }, { header: 'Justification' }]}
      withTableBorder
    >
      {version.exclusions.map((exclusion) => (
        <Table.Tr key={exclusion.item}>
          <Table.Td fw={600}>{exclusion.item}</Table.Td>
          <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{exclusion.justification}</Table.Td>
        </Table.Tr>
      ))}
    </SimpleTable>
  );

interface ScopeVersionViewProps {
  readonly orgId: string;
  readonly version: ScopeVersion;
  readonly issues?: Partial<Record<ScopeField, string>>;
}

export const ScopeVersionView = ({ orgId, version, issues = {} }: ScopeVersionViewProps) => (
  <Stack gap="lg">
    <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
      <Stat label="People in scope" value={numberFormat.format(version.totalPeopleInScope)} />
      <Stat label="Sites" value={version.sites.length} />
      <Stat label="AI systems" value={version.aiSystemIds.length} />
    </SimpleGrid>
    <Part title={SCOPE_FIELD_LABELS.statement} issue={issues.statement}>
      {version.statement === '' ? (
        <NotSet>No statement yet</NotSet>
      ) : (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} maw={820}>
          {version.statement}
        </Text>
      )}
    </Part>
    <Part title={SCOPE_FIELD_LABELS.aiRoles} issue={issues.aiRoles}>
      {version.aiRoles.length === 0 ? (
        <NotSet>Not stated</NotSet>
      ) : (
        <Group gap={6}>
          {version.aiRoles.map((role) => (
            <Badge key={role} color="indigo">
              {AI_ROLE_LABELS[role]}
            </Badge>
          ))}
        </Group>
      )}
    </Part>
    <Part title={SCOPE_FIELD_LABELS.sites} issue={issues.sites}>
      <SitesTable version={version} />
    </Part>
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
      <Part title={SCOPE_FIELD_LABELS.organizationalUnits} issue={issues.organizationalUnits}>
        <TextList items={version.organizationalUnits} />
      </Part>
      <Part title={SCOPE_FIELD_LABELS.processes} issue={issues.processes}>
        <TextList items={version.processes} />
      </Part>
      <Part title={SCOPE_FIELD_LABELS.interfaces} issue={issues.interfaces}>
        <TextList items={version.interfaces} />
      </Part>
    </SimpleGrid>
    <Part title={SCOPE_FIELD_LABELS.aiSystemIds} issue={issues.aiSystemIds}>
      <AiSystemLinks orgId={orgId} ids={version.aiSystemIds} />
    </Part>
    <Part title={SCOPE_FIELD_LABELS.exclusions} issue={issues.exclusions}>
      <ExclusionsTable version={version} />
    </Part>
    <ConsideredLists orgId={orgId} version={version} />
  </Stack>
);

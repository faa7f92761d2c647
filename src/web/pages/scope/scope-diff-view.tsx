/**
 * A scope version side by side with the version in force, as the API
 * compares them: one row per part, the version in force on the left, this
 * version on the right, each list entry marked added, removed or changed.
 */
import { Badge, Group, List, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from '../../components/error-state.js';
import { NotSet } from '../../components/prework-detail-section.js';
import { AI_ROLE_LABELS } from '../../labels/ai-classification.js';
import { allAiSystemsQuery } from '../ai-systems/ai-system-queries.js';
import { useConsidered } from './scope-considered-queries.js';
import { SCOPE_FIELD_LABELS } from './scope-labels.js';
import { scopeDiffQuery } from './scope-queries.js';
import type { ScopeVersionDiff } from './scope-queries.js';

type Fields = ScopeVersionDiff['fields'];
type ListField = Exclude<keyof Fields, 'statement' | 'totalPeopleInScope'>;
type Item = Fields[ListField]['items'][number];
type Side = 'before' | 'after';

const numberFormat = new Intl.NumberFormat();

const CHANGE_COLORS = { added: 'teal', removed: 'red', changed: 'yellow', unchanged: 'gray' };
const CHANGE_LABELS = { added: 'Added', removed: 'Removed', changed: 'Changed', unchanged: '' };

const LIST_FIELDS: readonly ListField[] = [
  'aiRoles',
  'sites',
  'organizationalUnits',
  'processes',
  'aiSystemIds',
  'interfaces',
  'exclusions',
  'contextIssueIds',
  'partyRequirements',
];

const ChangeBadge = ({ change }: { change: Item['change'] }) =>
  change === 'unchanged' ? null : (
    <Badge size="xs" variant="light" color={CHANGE_COLORS[change]}>
      {CHANGE_LABELS[change]}
    </Badge>
  );

/** How one entry of a list reads. */
const useEntryText = (orgId: string) => {
  const systems = useQuery(allAiSystemsQuery(orgId));
  const considered = useConsidered(orgId);
  return (field: ListField, value: NonNullable<Item['before']>): string => {
    if (typeof value !== 'string') {
      if ('interestedPartyId' in value) return considered.requirementText(value);
      return 'peopleInScope' in value
        ? `${value.name}${value.location === '' ? '' : ` (${value.location})`}: ${numberFormat.format(value.peopleInScope)} people`
        : `${value.item}: ${value.justification}`;
    }
    if (field === 'aiRoles') return AI_ROLE_LABELS[value as keyof typeof AI_ROLE_LABELS] ?? value;
    if (field === 'contextIssueIds') return considered.issueTitle(value);
    if (field === 'aiSystemIds') {
      return systems.data?.find((system) => system.id === value)?.name ?? 'AI system not found';
    }
    return value;
  };
};

const ListSide = ({
  orgId,
  field,
  items,
  side,
}: {
  orgId: string;
  field: ListField;
  items: readonly Item[];
  side: Side;
}) => {
  const textOf = useEntryText(orgId);
  const shown = items.filter((item) => item[side] !== null);
  if (shown.length === 0) return <NotSet>None</NotSet>;
  return (
    <List size="sm" spacing={4} listStyleType="none">
      {shown.map((item) => {
        const value = item[side];
        const marked = side === 'before' ? item.change !== 'added' : item.change !== 'removed';
        return (
          <List.Item key={item.key}>
            <Group gap={6} wrap="nowrap" align="flex-start">
              <Text
                size="sm"
                td={side === 'before' && item.change === 'removed' ? 'line-through' : undefined}
              >
                {value === null ? '' : textOf(field, value)}
              </Text>
              {marked && <ChangeBadge change={item.change} />}
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
};

const Row = ({
  label,
  change,
  before,
  after,
}: {
  label: string;
  change: Fields[keyof Fields]['change'];
  before: ReactNode;
  after: ReactNode;
}) => (
  <Table.Tr {...(change === 'changed' ? { bg: 'yellow.0' } : {})}>
    <Table.Th scope="row" w="18%">
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {label}
        </Text>
        {change === 'changed' && (
          <Badge size="xs" color="yellow">
            Changed
          </Badge>
        )}
      </Stack>
    </Table.Th>
    <Table.Td w="41%">{before}</Table.Td>
    <Table.Td w="41%">{after}</Table.Td>
  </Table.Tr>
);

const DiffTable = ({ orgId, diff }: { orgId: string; diff: ScopeVersionDiff }) => {
  const { fields } = diff;
  const inForce = diff.inForceVersion;
  const statementText = (text: string | null) =>
    text === null || text === '' ? (
      <NotSet>{text === null ? 'No version in force' : 'No statement'}</NotSet>
    ) : (
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {text}
      </Text>
    );
  return (
    <Table aria-label="Changes against the version in force" withTableBorder withColumnBorders>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Part</Table.Th>
          <Table.Th>
            {inForce === null ? 'In force: none yet' : `In force · version ${inForce}`}
          </Table.Th>
          <Table.Th>This version · version {diff.version}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        <Row
          label={SCOPE_FIELD_LABELS.statement}
          change={fields.statement.change}
          before={statementText(fields.statement.before)}
          after={statementText(fields.statement.after)}
        />
        <Row
          label="People in scope"
          change={fields.totalPeopleInScope.change}
          before={
            fields.totalPeopleInScope.before === null ? (
              <NotSet>None</NotSet>
            ) : (
              numberFormat.format(fields.totalPeopleInScope.before)
            )
          }
          after={numberFormat.format(fields.totalPeopleInScope.after)}
        />
        {LIST_FIELDS.map((field) => (
          <Row
            key={field}
            label={SCOPE_FIELD_LABELS[field]}
            change={fields[field].change}
            before={
              <ListSide orgId={orgId} field={field} items={fields[field].items} side="before" />
            }
            after={
              <ListSide orgId={orgId} field={field} items={fields[field].items} side="after" />
            }
          />
        ))}
      </Table.Tbody>
    </Table>
  );
};

export const ScopeDiffView = ({ orgId, versionId }: { orgId: string; versionId: string }) => {
  const diff = useQuery(scopeDiffQuery(orgId, versionId));
  if (diff.isPending) return <Skeleton height={320} radius="md" />;
  if (diff.isError) return <ErrorState error={diff.error} onRetry={() => void diff.refetch()} />;
  const changed = diff.data.changedFields.length;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {diff.data.inForceVersion === null
          ? 'No version is in force yet: everything in this version is new.'
          : changed === 0
            ? `Nothing differs from version ${diff.data.inForceVersion}, in force.`
            : `${changed} part${changed === 1 ? '' : 's'} differ from version ${diff.data.inForceVersion}, in force.`}
      </Text>
      <DiffTable orgId={orgId} diff={diff.data} />
    </Stack>
  );
};

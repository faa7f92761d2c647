/**
 * What approving a version of the risk criteria would change, as the API
 * compares it with the version in force: the steps of each scale, the
 * levels, each matrix cell whose level differs, the threshold, the
 * significance rule, who gained or lost authority and the owner setting.
 */
import { Badge, Group, List, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from '../../components/error-state.js';
import { ROLE_LABELS } from '../../labels/roles.js';
import { riskCriteriaDiffQuery } from './risk-criteria-queries.js';
import type { RiskCriteriaDiff } from './risk-criteria-queries.js';

type Part = RiskCriteriaDiff['changedParts'][number];

const PART_LABELS: Readonly<Record<Part, string>> = {
  likelihood: 'Likelihood scale',
  consequence: 'Consequence scale',
  levels: 'Risk levels',
  matrix: 'Risk matrix',
  acceptanceThreshold: 'Acceptance threshold',
  significance: 'Significance',
  acceptanceAuthority: 'Acceptance authority',
  ownerMayAcceptOwnRisk: 'Owners accepting their own risk',
};

const CHANGE_COLORS = { added: 'teal', removed: 'red', changed: 'yellow' } as const;
const CHANGE_LABELS = { added: 'Added', removed: 'Removed', changed: 'Changed' } as const;

const ChangeBadge = ({ change }: { change: keyof typeof CHANGE_LABELS }) => (
  <Badge size="xs" variant="light" color={CHANGE_COLORS[change]}>
    {CHANGE_LABELS[change]}
  </Badge>
);

const Entry = ({
  change,
  children,
}: {
  change?: keyof typeof CHANGE_LABELS;
  children: ReactNode;
}) => (
  <List.Item>
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Text size="sm">{children}</Text>
      {change && <ChangeBadge change={change} />}
    </Group>
  </List.Item>
);

const arrow = (before: string | null | undefined, after: string | null | undefined) =>
  `${before ?? '—'} → ${after ?? '—'}`;

const roleList = (roles: readonly (keyof typeof ROLE_LABELS)[]) =>
  roles.map((role) => ROLE_LABELS[role]).join(', ');

const PartEntries = ({ part, diff }: { part: Part; diff: RiskCriteriaDiff }) => {
  const levelLabel = (key: string | null) =>
    key === null
      ? '—'
      : (diff.levels.find((level) => level.key === key)?.after?.label ??
        diff.levels.find((level) => level.key === key)?.before?.label ??
        key);
  switch (part) {
    case 'likelihood':
    case 'consequence':
      return diff[part].map((step) => (
        <Entry key={step.value} change={step.change}>
          Step {step.value}: {arrow(step.before?.label, step.after?.label)}
          {step.fields.includes('description') && ' (description changed)'}
        </Entry>
      ));
    case 'levels':
      return diff.levels.map((level) => (
        <Entry key={level.key} change={level.change}>
          {level.key}: {arrow(level.before?.label, level.after?.label)}
          {level.fields.length > 0 && ` (${level.fields.join(', ')})`}
        </Entry>
      ));
    case 'matrix':
      return diff.matrix.map((cell) => (
        <Entry key={`${cell.likelihood}-${cell.consequence}`}>
          Likelihood {cell.likelihood} × consequence {cell.consequence}:{' '}
          {arrow(levelLabel(cell.before), levelLabel(cell.after))}
        </Entry>
      ));
    case 'acceptanceThreshold':
      return (
        <Entry>
          {arrow(
            levelLabel(diff.acceptanceThreshold.before),
            levelLabel(diff.acceptanceThreshold.after),
          )}
        </Entry>
      );
    case 'significance':
      return (
        <>
          {diff.significance.fields.includes('fromLevel') && (
            <Entry>
              From level:{' '}
              {arrow(
                levelLabel(diff.significance.before?.fromLevel ?? null),
                levelLabel(diff.significance.after.fromLevel),
              )}
            </Entry>
          )}
          {diff.significance.fields.includes('rule') && (
            <Entry>Rule: {diff.significance.after.rule}</Entry>
          )}
        </>
      );
    case 'acceptanceAuthority':
      return diff.acceptanceAuthority.map((entry) => (
        <Entry key={entry.level}>
          {levelLabel(entry.level)}:
          {entry.addedRoles.length > 0 && ` gains ${roleList(entry.addedRoles)}`}
          {entry.addedRoles.length > 0 && entry.removedRoles.length > 0 && ';'}
          {entry.removedRoles.length > 0 && ` loses ${roleList(entry.removedRoles)}`}
          {entry.addedRoles.length === 0 &&
            entry.removedRoles.length === 0 &&
            ` ${roleList(entry.after ?? [])}`}
        </Entry>
      ));
    case 'ownerMayAcceptOwnRisk':
      return <Entry>{diff.ownerMayAcceptOwnRisk.after ? 'Now allowed' : 'Now not allowed'}</Entry>;
  }
};

export const RiskCriteriaDiffView = ({
  orgId,
  versionId,
}: {
  orgId: string;
  versionId: string;
}) => {
  const diff = useQuery(riskCriteriaDiffQuery(orgId, versionId));
  if (diff.isPending) return <Skeleton height={240} radius="md" />;
  if (diff.isError) return <ErrorState error={diff.error} onRetry={() => void diff.refetch()} />;
  const { changedParts, inForceVersion } = diff.data;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {inForceVersion === null
          ? 'No version is in force yet: everything in this version is new.'
          : changedParts.length === 0
            ? `Nothing differs from version ${inForceVersion}, in force.`
            : `${changedParts.length} part${changedParts.length === 1 ? '' : 's'} differ from version ${inForceVersion}, in force.`}
      </Text>
      {inForceVersion !== null && changedParts.length > 0 && (
        <Table aria-label="Changes against the version in force" withTableBorder withColumnBorders>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="24%">Part</Table.Th>
              <Table.Th>What changes</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changedParts.map((part) => (
              <Table.Tr key={part}>
                <Table.Th scope="row">{PART_LABELS[part]}</Table.Th>
                <Table.Td>
                  <List size="sm" spacing={4} listStyleType="none">
                    <PartEntries part={part} diff={diff.data} />
                  </List>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
};

/**
 * One version of the risk criteria, read-only: the two scales, the matrix as
 * a coloured grid, the levels, where acceptance and significance begin, who
 * may accept a residual risk at each level and whether owners may accept
 * their own.
 */
import { Badge, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { NotSet } from '../../components/prework-detail-section.js';
import { SimpleTable } from '../../components/simple-table.js';
import { ROLE_LABELS } from '../../labels/roles.js';
import type { RiskCriteria, RiskScaleLevel } from './risk-criteria-queries.js';
import { RiskLevelBadge } from './risk-level-badge.js';
import { RiskMatrixGrid } from './risk-matrix-grid.js';

export const Part = ({ title, children }: { title: string; children: ReactNode }) => (
  <Stack gap={6}>
    <Title order={3} fz="sm" fw={700} c="dimmed" tt="uppercase" style={{ letterSpacing: '0.05em' }}>
      {title}
    </Title>
    {children}
  </Stack>
);

const ScaleTable = ({ label, steps }: { label: string; steps: readonly RiskScaleLevel[] }) => (
  <SimpleTable
    label={label}
    withTableBorder
    columns={[
      { header: 'Value', width: 64 },
      { header: 'Label', width: '30%' },
      { header: 'Description' },
    ]}
  >
    {steps.map((step) => (
      <Table.Tr key={step.value}>
        <Table.Td fw={700}>{step.value}</Table.Td>
        <Table.Td fw={600}>{step.label}</Table.Td>
        <Table.Td>
          {step.description === '' ? <NotSet>No description</NotSet> : step.description}
        </Table.Td>
      </Table.Tr>
    ))}
  </SimpleTable>
);

/** The level of a key, as the criteria define it. */
export const levelOf = (criteria: RiskCriteria, key: string) =>
  criteria.levels.find((level) => level.key === key);

const LevelName = ({ criteria, levelKey }: { criteria: RiskCriteria; levelKey: string }) => {
  const level = levelOf(criteria, levelKey);
  return level ? <RiskLevelBadge label={level.label} colour={level.colour} /> : <>{levelKey}</>;
};

export const RiskCriteriaMatrix = ({ criteria }: { criteria: RiskCriteria }) => (
  <RiskMatrixGrid
    label="Risk matrix"
    likelihood={criteria.likelihood.levels}
    consequence={criteria.consequence.levels}
    colourOf={(l, c) => levelOf(criteria, criteria.matrix[l]?.[c] ?? '')?.colour}
  >
    {(l, c) => {
      const key = criteria.matrix[l]?.[c] ?? '';
      return (
        <Text size="sm" fw={600} c="inherit">
          {levelOf(criteria, key)?.label ?? key}
        </Text>
      );
    }}
  </RiskMatrixGrid>
);

const LevelsTable = ({ criteria }: { criteria: RiskCriteria }) => {
  const rankOf = (key: string) => criteria.levels.findIndex((level) => level.key === key);
  const threshold = rankOf(criteria.acceptanceThreshold);
  const significant = rankOf(criteria.significance.fromLevel);
  return (
    <SimpleTable
      label="Risk levels"
      withTableBorder
      columns={[
        { header: 'Level', width: '30%' },
        { header: 'Key', width: '20%' },
        { header: 'What it means' },
        { header: 'May accept the residual risk' },
      ]}
    >
      {[...criteria.levels].reverse().map((level) => {
        const rank = rankOf(level.key);
        const roles = criteria.acceptanceAuthority[level.key] ?? [];
        return (
          <Table.Tr key={level.key}>
            <Table.Td>
              <RiskLevelBadge label={level.label} colour={level.colour} />
            </Table.Td>
            <Table.Td>
              <Text size="sm" ff="monospace">
                {level.key}
              </Text>
            </Table.Td>
            <Table.Td>
              <Group gap={6}>
                <Badge variant="light" color={rank > threshold ? 'red' : 'teal'}>
                  {rank > threshold ? 'Needs treatment or acceptance' : 'Acceptable as it is'}
                </Badge>
                {rank >= significant && (
                  <Badge variant="light" color="orange">
                    Significant
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td>
              {roles.length === 0 ? (
                <NotSet>Nobody</NotSet>
              ) : (
                roles.map((role) => ROLE_LABELS[role]).join(', ')
              )}
            </Table.Td>
          </Table.Tr>
        );
      })}
    </SimpleTable>
  );
};

export const RiskCriteriaView = ({ criteria }: { criteria: RiskCriteria }) => (
  <Stack gap="lg">
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
      <Part title="Acceptance threshold">
        <Group gap={6}>
          <Text size="sm">Risks above</Text>
          <LevelName criteria={criteria} levelKey={criteria.acceptanceThreshold} />
          <Text size="sm">need treatment or a recorded acceptance.</Text>
        </Group>
      </Part>
      <Part title="Significant risks">
        <Group gap={6}>
          <Text size="sm">From</Text>
          <LevelName criteria={criteria} levelKey={criteria.significance.fromLevel} />
          <Text size="sm">up.</Text>
        </Group>
        {criteria.significance.rule === '' ? (
          <NotSet>No rule in words</NotSet>
        ) : (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {criteria.significance.rule}
          </Text>
        )}
      </Part>
      <Part title="Owners accepting their own risk">
        <Text size="sm">
          {criteria.ownerMayAcceptOwnRisk
            ? 'Allowed: the owner of a risk may accept it, within the authority of their role.'
            : 'Not allowed: someone other than the owner of a risk accepts it.'}
        </Text>
      </Part>
    </SimpleGrid>
    <Part
      title={`Risk matrix (${criteria.likelihood.levels.length} × ${criteria.consequence.levels.length})`}
    >
      <RiskCriteriaMatrix criteria={criteria} />
    </Part>
    <Part title="Risk levels and acceptance authority">
      <LevelsTable criteria={criteria} />
    </Part>
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <Part title="Likelihood scale">
        <ScaleTable label="Likelihood scale" steps={criteria.likelihood.levels} />
      </Part>
      <Part title="Consequence scale">
        <ScaleTable label="Consequence scale" steps={criteria.consequence.levels} />
      </Part>
    </SimpleGrid>
  </Stack>
);

/**
 * The heat map of the open risks (clause 6.1.2): the inherent and the
 * residual grid side by side, likelihood up the side (highest at the top),
 * consequence along the bottom, each cell in its level's colour with the
 * number of risks in it. A cell is a button that filters the list below to
 * its risks; the chosen one is marked. Below, the levels and what the map
 * leaves out. Before any risk criteria are approved there is nothing to
 * score against, and the map says where to approve them.
 */
import {
  Alert,
  Anchor,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '../../components/error-state.js';
import { orgPath } from '../../orgs/current-org.js';
import { LevelBadge } from './risk-badges.js';
import { readableTextOn } from './risk-level.js';
import type { CellFilter, GridKind } from './risk-list-params.js';
import { riskHeatMapQuery } from './risk-queries.js';
import type { HeatMapCell, HeatMapGrid, RiskHeatMap } from './risk-queries.js';

type Criteria = NonNullable<RiskHeatMap['criteria']>;

const GRID_NAMES: Readonly<Record<GridKind, string>> = {
  inherent: 'Inherent',
  residual: 'Residual',
};

const risks = (count: number) => `${count} risk${count === 1 ? '' : 's'}`;

const stepLabel = (steps: Criteria['likelihood'], value: number) =>
  steps.find((step) => step.value === value)?.label ?? String(value);

/** "Inherent: likelihood 4 Likely, consequence 5 Severe — 3 risks". */
export const cellName = (grid: GridKind, criteria: Criteria, cell: HeatMapCell): string =>
  `${GRID_NAMES[grid]}: likelihood ${cell.likelihood} ${stepLabel(criteria.likelihood, cell.likelihood)}, consequence ${cell.consequence} ${stepLabel(criteria.consequence, cell.consequence)} — ${risks(cell.count)}`;

interface GridProps {
  readonly kind: GridKind;
  readonly grid: HeatMapGrid;
  readonly criteria: Criteria;
  readonly selected: CellFilter | null;
  readonly onSelect: (cell: CellFilter | null) => void;
}

const AXIS_TEXT = { size: 'xs', c: 'dimmed' } as const;

const CellButton = ({
  kind,
  criteria,
  cell,
  selected,
  onSelect,
}: Omit<GridProps, 'grid'> & { cell: HeatMapCell }) => {
  const isSelected =
    selected?.grid === kind &&
    selected.likelihood === cell.likelihood &&
    selected.consequence === cell.consequence;
  return (
    <button
      type="button"
      className="heat-map-cell"
      aria-label={cellName(kind, criteria, cell)}
      aria-pressed={isSelected}
      title={`${cell.label}: ${risks(cell.count)}`}
      onClick={() =>
        onSelect(
          isSelected
            ? null
            : { grid: kind, likelihood: cell.likelihood, consequence: cell.consequence },
        )
      }
      style={{ backgroundColor: cell.colour, color: readableTextOn(cell.colour) }}
    >
      {cell.count > 0 ? cell.count : ''}
    </button>
  );
};

const Grid = (props: GridProps) => {
  const { kind, grid, criteria } = props;
  const headingId = useId();
  const rows = [...grid.cells].reverse();
  const columns = criteria.consequence.length;
  return (
    <section aria-labelledby={headingId}>
      <Group justify="space-between" mb="xs">
        <Title order={3} fz="md" id={headingId}>
          {GRID_NAMES[kind]}
        </Title>
        <Text size="sm" c="dimmed">
          {risks(grid.total)} on the map
        </Text>
      </Group>
      <div style={{ display: 'flex', alignItems: 'stretch', gap: 6 }}>
        <Text
          {...AXIS_TEXT}
          fw={700}
          style={{ writingMode: 'vertical-rl', transform: 'rotate(180deg)', textAlign: 'center' }}
          aria-hidden
        >
          Likelihood
        </Text>
        <div
          style={{
            flex: 1,
            display: 'grid',
            gridTemplateColumns: `minmax(64px, auto) repeat(${columns}, minmax(40px, 1fr))`,
            gap: 3,
          }}
        >
          {rows.map((row) => {
            const likelihood = row[0]?.likelihood ?? 0;
            return [
              <Text
                key={`l${likelihood}`}
                {...AXIS_TEXT}
                ta="right"
                pr={4}
                style={{ alignSelf: 'center' }}
                aria-hidden
              >
                {likelihood} {stepLabel(criteria.likelihood, likelihood)}
              </Text>,
              ...row.map((cell) => (
                <CellButton key={`${cell.likelihood}-${cell.consequence}`} {...props} cell={cell} />
              )),
            ];
          })}
          <span aria-hidden />
          {criteria.consequence.map((step) => (
            <Text key={step.value} {...AXIS_TEXT} ta="center" lh={1.2} aria-hidden>
              {step.value} {step.label}
            </Text>
          ))}
        </div>
      </div>
      <Text {...AXIS_TEXT} fw={700} ta="center" mt={4} aria-hidden>
        Consequence
      </Text>
    </section>
  );
};

const NoCriteria = ({ orgId }: { orgId: string }) => (
  <Alert color="yellow" variant="light" title="No risk criteria approved yet">
    <Text size="sm">
      Risks are scored on the likelihood and consequence scales of the organization’s approved risk
      criteria (clause 6.1.2). Until a version is approved, risks can be recorded but not scored,
      and the heat map stays empty.
    </Text>
    <Anchor
      component={Link}
      to={orgPath(orgId, 'risk-criteria')}
      size="sm"
      mt={6}
      display="inline-block"
    >
      Open the risk criteria
    </Anchor>
  </Alert>
);

interface RiskHeatMapProps {
  readonly orgId: string;
  readonly selected: CellFilter | null;
  readonly onSelect: (cell: CellFilter | null) => void;
}

export const RiskHeatMapPanel = ({ orgId, selected, onSelect }: RiskHeatMapProps) => {
  const map = useQuery(riskHeatMapQuery(orgId));
  const headingId = useId();
  if (map.isError) return <ErrorState error={map.error} onRetry={() => void map.refetch()} />;
  if (!map.data) return <Skeleton height={300} radius="md" />;
  const { criteria, inherent, residual } = map.data;
  if (!criteria || !inherent || !residual) return <NoCriteria orgId={orgId} />;
  const threshold = criteria.levels.find((level) => level.key === criteria.acceptanceThreshold);
  return (
    <Paper component="section" p="lg" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" align="baseline">
          <Title order={2} fz="lg" id={headingId}>
            Heat map
          </Title>
          <Text size="sm" c="dimmed">
            Open risks against risk criteria version {criteria.version} · choose a cell to list its
            risks
          </Text>
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          {(['inherent', 'residual'] as const).map((kind) => (
            <Grid
              key={kind}
              kind={kind}
              grid={kind === 'inherent' ? inherent : residual}
              criteria={criteria}
              selected={selected}
              onSelect={onSelect}
            />
          ))}
        </SimpleGrid>
        <Group justify="space-between" gap="md" wrap="wrap">
          <Group gap="xs" role="list" aria-label="Risk levels">
            {criteria.levels.map((level) => (
              <div role="listitem" key={level.key}>
                <LevelBadge level={level} />
              </div>
            ))}
            {threshold && (
              <Text size="sm" c="dimmed">
                Above {threshold.label}: treat or accept
              </Text>
            )}
          </Group>
          <Text size="sm" c="dimmed" role="status">
            {map.data.unscored} not scored · {map.data.awaitingReassessment} awaiting re-assessment
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
};

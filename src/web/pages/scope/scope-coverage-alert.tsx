/**
 * Where the inventory's "in scope" flags and the approved scope disagree,
 * said the same way on the inventory and on the scope page, with the systems
 * on each side; and the inventory's "covered by the approved scope" cell.
 */
import { Alert, Anchor, Badge, List, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { orgPath } from '../../orgs/current-org.js';
import { scopeCoverageQuery } from './scope-considered-queries.js';
import type { ScopeCoverage } from './scope-considered-queries.js';

const systems = (count: number) => `${count} AI system${count === 1 ? '' : 's'}`;

const names = (entries: readonly { name: string }[]) =>
  entries.map((entry) => entry.name).join(', ');

const Mismatch = ({ orgId, coverage }: { orgId: string; coverage: ScopeCoverage }) => (
  <Alert
    color="orange"
    variant="light"
    title="The inventory and the approved scope disagree"
    data-testid="scope-coverage-mismatch"
  >
    <Text size="sm">
      The inventory marks {systems(coverage.inScopeCount)} in scope; the approved scope (version{' '}
      {coverage.approvedVersion}) lists {systems(coverage.coveredCount)} of the inventory. The
      approved scope is what auditors rely on: revise it, or correct the flags in the inventory.
    </Text>
    <List size="sm" mt={6} spacing={2}>
      {coverage.flaggedNotCovered.length > 0 && (
        <List.Item>
          Marked in scope, not in the approved scope: {names(coverage.flaggedNotCovered)}
        </List.Item>
      )}
      {coverage.coveredNotFlagged.length > 0 && (
        <List.Item>
          In the approved scope, marked out of scope: {names(coverage.coveredNotFlagged)}
        </List.Item>
      )}
      {coverage.missingAiSystemIds.length > 0 && (
        <List.Item>
          In the approved scope, no longer in the inventory:{' '}
          {systems(coverage.missingAiSystemIds.length)}
        </List.Item>
      )}
    </List>
    <Text size="sm" mt={6}>
      <Anchor component={Link} to={orgPath(orgId, 'scope')} size="sm">
        Open the AIMS scope
      </Anchor>
      {' · '}
      <Anchor component={Link} to={orgPath(orgId, 'ai-systems')} size="sm">
        Open the AI system inventory
      </Anchor>
    </Text>
  </Alert>
);

/** The warning, shown only while an approved scope and the inventory disagree. */
export const ScopeCoverageAlert = ({ orgId }: { orgId: string }) => {
  const coverage = useQuery(scopeCoverageQuery(orgId));
  if (!coverage.data?.hasApprovedScope || coverage.data.isConsistent) return null;
  return <Mismatch orgId={orgId} coverage={coverage.data} />;
};

/** Whether the approved scope covers one AI system of the inventory. */
export const ScopeCoverageCell = ({ orgId, systemId }: { orgId: string; systemId: string }) => {
  const coverage = useQuery(scopeCoverageQuery(orgId));
  if (!coverage.data)
    return (
      <Text size="sm" c="dimmed">
        …
      </Text>
    );
  if (!coverage.data.hasApprovedScope)
    return (
      <Text size="sm" c="dimmed">
        No approved scope
      </Text>
    );
  const entry = coverage.data.systems.find((system) => system.id === systemId);
  const isCovered = entry?.isCoveredByApprovedScope ?? false;
  const disagrees = entry !== undefined && entry.isInScope !== isCovered;
  return (
    <Badge
      variant="light"
      color={disagrees ? 'orange' : isCovered ? 'teal' : 'gray'}
      title={disagrees ? 'The inventory’s in-scope flag says otherwise' : undefined}
    >
      {isCovered ? 'Covered' : 'Not covered'}
      {disagrees ? ' · mismatch' : ''}
    </Badge>
  );
};

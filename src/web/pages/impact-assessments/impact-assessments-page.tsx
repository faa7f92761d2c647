/**
 * Impact assessments (ISO/IEC 42001 6.1.4 and 8.4): every AI system of the
 * inventory with its approved assessment, the next review (overdue ones
 * marked), the open version, and which in-scope systems still need one.
 */
import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { DateTime } from '../../components/date-time.js';
import { ErrorState } from '../../components/error-state.js';
import { notifyFailure } from '../../components/notify.js';
import { PageHeader } from '../../components/page-header.js';
import { CalendarDate } from '../../components/prework-calendar-date.js';
import { SimpleTable } from '../../components/simple-table.js';
import type { SimpleColumn } from '../../components/simple-table.js';
import { orgPath, useCan, useCurrentOrg } from '../../orgs/current-org.js';
import { impactOverviewQuery, useStartImpactAssessment } from './impact-queries.js';
import type { ImpactOverview, ImpactSystemLine } from './impact-queries.js';

const COLUMNS: readonly SimpleColumn[] = [
  { header: 'AI system' },
  { header: 'In scope', width: 120 },
  { header: 'Approved assessment' },
  { header: 'Next review' },
  { header: 'Open version' },
  { header: 'Actions', width: 170, isHeaderHidden: true },
];

const Count = ({
  label,
  value,
  alert = false,
}: {
  label: string;
  value: number;
  alert?: boolean;
}) => (
  <Paper p="md" bg={alert && value > 0 ? 'red.0' : 'gray.0'} withBorder={false}>
    <Text size="xs" c="dimmed" fw={700} tt="uppercase" style={{ letterSpacing: '0.05em' }}>
      {label}
    </Text>
    <Text fz={28} fw={700} lh={1.2} mt={4} {...(alert && value > 0 ? { c: 'red.8' } : {})}>
      {value}
    </Text>
  </Paper>
);

const Counts = ({ counts }: { counts: ImpactOverview['counts'] }) => (
  <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
    <Count label="AI systems in scope" value={counts.inScope} />
    <Count label="Need an assessment" value={counts.needingAssessment} alert />
    <Count label="In scope, none approved" value={counts.inScopeWithoutApproved} alert />
    <Count label="Reviews overdue" value={counts.reviewsOverdue} alert />
  </SimpleGrid>
);

const SystemRow = ({ orgId, line }: { orgId: string; line: ImpactSystemLine }) => {
  const canWrite = useCan('aims.write');
  const navigate = useNavigate();
  const start = useStartImpactAssessment(orgId);
  const { approved, draft } = line;
  const onStart = () =>
    start.mutate(line.aiSystemId, {
      onSuccess: (created) => void navigate(orgPath(orgId, 'impact-assessments', created.id)),
      onError: (error) => notifyFailure('Could not start the assessment', error),
    });
  return (
    <Table.Tr>
      <Table.Td>
        <Stack gap={4}>
          <Anchor
            component={Link}
            to={orgPath(orgId, 'ai-systems', line.aiSystemId)}
            fw={600}
            size="sm"
          >
            {line.name}
          </Anchor>
          {line.needsAssessment && (
            <Badge color="red" variant="light" w="fit-content">
              Needs assessment
            </Badge>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        {line.isInScope ? (
          <Badge color="indigo" variant="light">
            In scope
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            Not in scope
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {approved === null ? (
          <Text size="sm" c="dimmed">
            None approved
          </Text>
        ) : (
          <Stack gap={0}>
            <Anchor
              component={Link}
              to={orgPath(orgId, 'impact-assessments', approved.id)}
              size="sm"
            >
              Version {approved.version}
            </Anchor>
            {approved.approvedAt !== null && (
              <Text size="xs" c="dimmed">
                Approved <DateTime value={approved.approvedAt} dateOnly />
              </Text>
            )}
          </Stack>
        )}
      </Table.Td>
      <Table.Td>
        {approved?.nextReviewDate ? (
          <Group gap={6}>
            <Text size="sm">
              <CalendarDate value={approved.nextReviewDate} />
            </Text>
            {approved.isReviewOverdue && (
              <Badge color="red" size="sm">
                Overdue
              </Badge>
            )}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {draft === null ? (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ) : (
          <Anchor component={Link} to={orgPath(orgId, 'impact-assessments', draft.id)} size="sm">
            Version {draft.version} · {draft.status === 'in_review' ? 'in review' : 'draft'}
          </Anchor>
        )}
      </Table.Td>
      <Table.Td>
        {canWrite && draft === null && (
          <Button
            size="xs"
            variant={line.needsAssessment ? 'filled' : 'light'}
            onClick={onStart}
            loading={start.isPending}
            aria-label={`Start assessment of ${line.name}`}
          >
            Start assessment
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
};

export const ImpactAssessmentsPage = () => {
  const { organization } = useCurrentOrg();
  const orgId = organization.id;
  const overview = useQuery(impactOverviewQuery(orgId));
  return (
    <>
      <PageHeader
        title="Impact assessments"
        description="What each AI system may do to people, groups and society, assessed before use and again at each review or significant change. Every AI system in scope needs an approved assessment whose review is not overdue."
      />
      <Stack gap="lg">
        {overview.isError && (
          <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />
        )}
        {overview.isPending && <Skeleton height={320} radius="md" />}
        {overview.data && (
          <>
            <Counts counts={overview.data.counts} />
            <Paper p={0} style={{ overflow: 'hidden' }}>
              {overview.data.systems.length === 0 ? (
                <Text p="lg" c="dimmed">
                  The AI system inventory is empty. Add AI systems to assess their impact.
                </Text>
              ) : (
                <SimpleTable
                  label="Impact assessments by AI system"
                  minWidth={860}
                  columns={COLUMNS}
                >
                  {overview.data.systems.map((line) => (
                    <SystemRow key={line.aiSystemId} orgId={orgId} line={line} />
                  ))}
                </SimpleTable>
              )}
            </Paper>
          </>
        )}
      </Stack>
    </>
  );
};

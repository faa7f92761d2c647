/**
 * The context issues tab (clause 4.1): the issue and why it matters, its
 * kind, climate relevance, last change; search and filters in the URL, add,
 * edit and delete as each row and the list allow.
 */
import { Stack, Text } from '@mantine/core';
import type { RegisterRow } from '../../registers/register-queries.js';
import { RegisterTab } from '../../registers/register-tab.js';
import type { RegisterColumn } from '../../registers/register-table.js';
import { ClimateBadge, ContextKindBadge } from './context-kind-badge.js';
import { ISSUES_URL } from './context-tabs.js';
import { IssueFormModal } from './issue-form-modal.js';

type ContextIssue = RegisterRow<'context-issues'>;

const FILTER_LOOKS = {
  kind: { placeholder: 'Internal and external', width: 200 },
  isClimateRelevant: { placeholder: 'All issues' },
};

const COLUMNS: RegisterColumn<ContextIssue>[] = [
  {
    header: 'Issue',
    cell: (issue) => (
      <Stack gap={2}>
        <Text size="sm" fw={600}>
          {issue.title}
        </Text>
        {issue.description !== '' && (
          <Text size="sm" c="dimmed" lineClamp={2}>
            {issue.description}
          </Text>
        )}
      </Stack>
    ),
  },
  { header: 'Kind', width: 110, cell: (issue) => <ContextKindBadge kind={issue.kind} /> },
  {
    header: 'Climate change',
    width: 160,
    cell: (issue) =>
      issue.isClimateRelevant ? (
        <ClimateBadge />
      ) : (
        <Text size="sm" c="dimmed" aria-label="Not marked climate-relevant">
          —
        </Text>
      ),
  },
];

export const IssuesTab = ({ orgId }: { orgId: string }) => (
  <RegisterTab
    orgId={orgId}
    registerKey="context-issues"
    url={ISSUES_URL}
    noneDescription="Record the internal and external issues that affect what the AIMS is for and whether it can achieve it — regulation, customers, skills, suppliers — and decide whether climate change is one of them."
    searchPlaceholder="Title or description"
    filterLooks={FILTER_LOOKS}
    columns={COLUMNS}
    tableMinWidth={820}
    addLabel="Add issue"
    form={IssueFormModal}
    deleteMessage={(issue) =>
      `“${issue.title}” will be removed from the context issues. The audit trail keeps what it said.`
    }
  />
);

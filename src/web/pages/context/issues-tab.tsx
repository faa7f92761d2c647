/**
 * The context issues tab (clause 4.1): the issue and why it matters, its
 * kind, climate relevance, last change; search and filters in the URL, add,
 * edit and delete as each row and the list allow.
 */
import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { RegisterRow } from '../../registers/register-queries.js';
import { RegisterList } from '../../registers/register-list.js';
import type { RegisterColumn } from '../../registers/register-table.js';
import { lastUpdatedColumn, rowActionsColumn } from '../../registers/register-columns.js';
import { useRegister } from '../../registers/use-register.js';
import { useRegisterView } from '../../registers/use-register-view.js';
import { ClimateBadge, ContextKindBadge } from './context-kind-badge.js';
import { ISSUES_URL } from './context-tabs.js';
import { useDeleteContextIssue } from './context-queries.js';
import { IssueFormModal } from './issue-form-modal.js';

type ContextIssue = RegisterRow<'context-issues'>;

/** Closed, adding (no issue) or editing an issue. */
type Editing = { issue: ContextIssue | undefined } | null;

const FILTER_LOOKS = {
  kind: { placeholder: 'Internal and external', width: 200 },
  isClimateRelevant: { placeholder: 'All issues' },
};

const useColumns = (orgId: string, onEdit: (issue: ContextIssue) => void) => {
  const remove = useDeleteContextIssue(orgId);
  const columns: RegisterColumn<ContextIssue>[] = [
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
    lastUpdatedColumn(),
    rowActionsColumn({
      one: 'Context issue',
      nameOf: (issue) => issue.title,
      deleteMessage: (issue) =>
        `“${issue.title}” will be removed from the context issues. The audit trail keeps what it said.`,
      remove,
      onEdit,
    }),
  ];
  return columns;
};

export const IssuesTab = ({ orgId }: { orgId: string }) => {
  const { register, codec } = useRegister('context-issues', ISSUES_URL);
  const view = useRegisterView(orgId, 'context-issues', codec);
  const [editing, setEditing] = useState<Editing>(null);
  const columns = useColumns(orgId, (issue) => setEditing({ issue }));
  const addButton = view.may('create') ? (
    <Button onClick={() => setEditing({ issue: undefined })}>Add issue</Button>
  ) : undefined;
  return (
    <>
      <RegisterList<'context-issues'>
        orgId={orgId}
        register={register}
        codec={codec}
        view={view}
        noneDescription="Record the internal and external issues that affect what the AIMS is for and whether it can achieve it — regulation, customers, skills, suppliers — and decide whether climate change is one of them."
        search={{ label: 'Search context issues', placeholder: 'Title or description' }}
        filterLooks={FILTER_LOOKS}
        columns={columns}
        tableMinWidth={820}
        {...(addButton ? { addButton, tool: addButton } : {})}
      />
      {editing && (
        <IssueFormModal orgId={orgId} record={editing.issue} onClose={() => setEditing(null)} />
      )}
    </>
  );
};

/** What a draft still lacks before it can be submitted, as a checklist; or that it is complete. */
import { Alert, List, Text, ThemeIcon } from '@mantine/core';
import { impactIssueText } from './impact-labels.js';
import type { ImpactVersion } from './impact-queries.js';

export const ImpactMissingChecklist = ({ version }: { version: ImpactVersion }) => {
  const missing = version.missingForApproval;
  if (missing.length === 0)
    return (
      <Alert color="teal" variant="light" title="Complete">
        Every section is written and every harm has a measure with an owner and a due date: the
        assessment can be submitted for review.
      </Alert>
    );
  return (
    <Alert
      color="yellow"
      variant="light"
      title={`Before submitting: ${missing.length} item${missing.length === 1 ? '' : 's'} to complete`}
    >
      <List
        size="sm"
        spacing={4}
        aria-label="Missing for approval"
        icon={
          <ThemeIcon color="yellow" size={18} radius="xl" aria-hidden>
            <Text size="xs" fw={700}>
              !
            </Text>
          </ThemeIcon>
        }
      >
        {missing.map((issue) => (
          <List.Item key={`${issue.field}-${issue.reason}`}>{impactIssueText(issue)}</List.Item>
        ))}
      </List>
    </Alert>
  );
};

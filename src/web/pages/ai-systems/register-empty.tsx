/** What the register shows instead of rows: nothing yet, nothing matching, or a page past the end. */
import { Button, EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

export type EmptyReason = 'none' | 'filtered' | 'past-end';

interface RegisterEmptyProps {
  readonly reason: EmptyReason;
  readonly addButton: ReactNode;
  readonly onClearFilters: () => void;
  readonly onFirstPage: () => void;
}

const TEXT: Readonly<Record<EmptyReason, { title: string; description: string }>> = {
  none: {
    title: 'No AI systems yet',
    description:
      'Register every AI system the organization develops, provides or uses; the AIMS scope, risk assessment and impact assessment start from this inventory.',
  },
  filtered: {
    title: 'No AI systems match',
    description: 'Change the search or the filters to see more.',
  },
  'past-end': {
    title: 'This page is past the end',
    description: 'There are fewer AI systems than this page number needs.',
  },
};

export const RegisterEmpty = ({
  reason,
  addButton,
  onClearFilters,
  onFirstPage,
}: RegisterEmptyProps) => (
  <EmptyState py="xl" title={TEXT[reason].title} description={TEXT[reason].description}>
    <EmptyState.Actions>
      {reason === 'none' && addButton}
      {reason === 'filtered' && (
        <Button variant="light" onClick={onClearFilters}>
          Clear filters
        </Button>
      )}
      {reason === 'past-end' && (
        <Button variant="light" onClick={onFirstPage}>
          Go to the first page
        </Button>
      )}
    </EmptyState.Actions>
  </EmptyState>
);

/**
 * What a register list shows instead of rows: nothing recorded yet (with the
 * add button), nothing matching the filters, or a page past the end.
 */
import { Button, EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

export type EmptyReason = 'none' | 'filtered' | 'past-end';

/** Why a loaded list has no rows, or undefined when it has some (or is still loading). */
export const emptyReasonOf = (
  data: { total: number; items: readonly unknown[] } | undefined,
  isFiltered: boolean,
): EmptyReason | undefined => {
  if (!data || data.items.length > 0) return undefined;
  if (data.total > 0) return 'past-end';
  return isFiltered ? 'filtered' : 'none';
};

interface ListEmptyProps {
  readonly reason: EmptyReason;
  /** Plural noun, e.g. "context issues". */
  readonly noun: string;
  /** Why the register matters, shown when nothing is recorded yet. */
  readonly noneDescription: string;
  readonly addButton?: ReactNode;
  readonly onClearFilters: () => void;
  readonly onFirstPage: () => void;
}

export const ListEmpty = (props: ListEmptyProps) => {
  const text = {
    none: { title: `No ${props.noun} yet`, description: props.noneDescription },
    filtered: {
      title: `No ${props.noun} match`,
      description: 'Change the search or the filters to see more.',
    },
    'past-end': {
      title: 'This page is past the end',
      description: `There are fewer ${props.noun} than this page number needs.`,
    },
  }[props.reason];
  return (
    <EmptyState py="xl" title={text.title} description={text.description}>
      <EmptyState.Actions>
        {props.reason === 'none' && props.addButton}
        {props.reason === 'filtered' && (
          <Button variant="light" onClick={props.onClearFilters}>
            Clear filters
          </Button>
        )}
        {props.reason === 'past-end' && (
          <Button variant="light" onClick={props.onFirstPage}>
            Go to the first page
          </Button>
        )}
      </EmptyState.Actions>
    </EmptyState>
  );
};

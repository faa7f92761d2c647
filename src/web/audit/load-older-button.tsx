/** "Load older" under a page of the audit trail, while the trail goes further back. */
import { Button } from '@mantine/core';
import type { CSSProperties } from 'react';

interface OlderPages {
  readonly hasNextPage: boolean;
  readonly isFetchingNextPage: boolean;
  readonly fetchNextPage: () => Promise<unknown>;
}

export const LoadOlderButton = ({ pages, style }: { pages: OlderPages; style?: CSSProperties }) =>
  pages.hasNextPage && (
    <Button
      variant="default"
      onClick={() => void pages.fetchNextPage()}
      loading={pages.isFetchingNextPage}
      {...(style ? { style } : {})}
    >
      Load older
    </Button>
  );

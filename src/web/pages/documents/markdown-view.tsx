/** A version's Markdown text; the renderer loads with the first document shown. */
import { Skeleton } from '@mantine/core';
import { lazy, Suspense } from 'react';

const MarkdownRenderer = lazy(() => import('./markdown-renderer.js'));

export const MarkdownView = ({ text }: { text: string }) => (
  <Suspense fallback={<Skeleton height={120} />}>
    <MarkdownRenderer text={text} />
  </Suspense>
);

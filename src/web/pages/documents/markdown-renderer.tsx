/**
 * Markdown (with GitHub's tables, task lists and strikethrough) rendered safely: react-markdown builds React elements, never raw
 * HTML (skipped), and drops unsafe link targets. The text's headings sit
 * below the page's own (# becomes an h3), so the outline stays whole.
 * Loaded on demand.
 */
import { Typography } from '@mantine/core';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

const REMARK_PLUGINS = [remarkGfm];

const HEADINGS: Components = {
  h1: ({ children }) => <h3>{children}</h3>,
  h2: ({ children }) => <h4>{children}</h4>,
  h3: ({ children }) => <h5>{children}</h5>,
  h4: ({ children }) => <h6>{children}</h6>,
  h5: ({ children }) => <h6>{children}</h6>,
};

const MarkdownRenderer = ({ text }: { text: string }) => (
  <Typography>
    <Markdown skipHtml remarkPlugins={REMARK_PLUGINS} components={HEADINGS}>
      {text}
    </Markdown>
  </Typography>
);

export default MarkdownRenderer;

import { MantineProvider } from '@mantine/core';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import MarkdownRenderer from './markdown-renderer.js';

const render = (text: string) =>
  renderToStaticMarkup(
    createElement(MantineProvider, null, createElement(MarkdownRenderer, { text })),
  );

describe('a document body in Markdown', () => {
  it('renders a GitHub table as a table, not as pipes', () => {
    const html = render(
      ['| Control | Owner |', '| --- | --- |', '| A.6.2.4 | Data science |'].join('\n'),
    );
    expect(html).toContain('<table>');
    expect(html).toContain('<th>Control</th>');
    expect(html).toContain('<td>A.6.2.4</td>');
    expect(html).not.toContain('| Control');
  });

  it('still drops raw HTML and moves headings below the page heading', () => {
    const html = render('# Scope\n\n<script>alert(1)</script>');
    expect(html).toContain('<h3>Scope</h3>');
    expect(html).not.toContain('<script');
  });
});

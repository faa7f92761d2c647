/** Writing a version's text: Markdown in a text area, and a preview of how it reads. */
import { Tabs, Text, Textarea } from '@mantine/core';
import { useId, useState } from 'react';
import { MarkdownView } from './markdown-view.js';

interface MarkdownEditorProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: React.ReactNode;
  readonly description?: string;
}

export const MarkdownEditor = ({
  label,
  value,
  onChange,
  error,
  description,
}: MarkdownEditorProps) => {
  const [tab, setTab] = useState<string | null>('write');
  const id = useId();
  return (
    <Tabs value={tab} onChange={setTab} variant="outline" keepMounted={false}>
      <Tabs.List aria-label="Write or preview">
        <Tabs.Tab value="write">Write</Tabs.Tab>
        <Tabs.Tab value="preview">Preview</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="write" pt="sm">
        <Textarea
          id={id}
          label={label}
          description={description ?? 'Markdown: # heading, **bold**, - list, [link](https://…)'}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          error={error}
          autosize
          minRows={12}
          maxRows={30}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 14 } }}
        />
      </Tabs.Panel>
      <Tabs.Panel value="preview" pt="sm">
        <div
          style={{
            border: '1px solid var(--mantine-color-gray-3)',
            borderRadius: 'var(--mantine-radius-md)',
            padding: 'var(--mantine-spacing-lg)',
            minHeight: 240,
          }}
        >
          {value.trim() === '' ? (
            <Text c="dimmed" size="sm">
              Nothing to preview yet.
            </Text>
          ) : (
            <MarkdownView text={value} />
          )}
        </div>
      </Tabs.Panel>
    </Tabs>
  );
};

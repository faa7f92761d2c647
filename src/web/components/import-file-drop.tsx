/**
 * Where the user picks the file to import: a large target that opens the file
 * picker (click, Enter or Space) or takes a file dropped on it. A real, visually
 * hidden file input carries the label, so keyboards and screen readers use it
 * as any other field.
 */
import { Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { useId, useState } from 'react';
import type { DragEvent } from 'react';
import { FileIcon } from './prework-icons.js';

const ACCEPT = [
  '.csv',
  '.xlsx',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
].join(',');

interface ImportFileDropProps {
  readonly onFile: (file: File) => void;
  /** Extra text under the target, e.g. the expected columns. */
  readonly hintId?: string;
}

export const ImportFileDrop = ({ onFile, hintId }: ImportFileDropProps) => {
  const inputId = useId();
  const [isDragging, setDragging] = useState(false);
  const [isFocused, setFocused] = useState(false);

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };

  const highlighted = isDragging || isFocused;
  return (
    <Paper
      component="label"
      htmlFor={inputId}
      p="xl"
      onDragOver={(event: DragEvent<HTMLElement>) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      style={{
        display: 'block',
        cursor: 'pointer',
        borderStyle: 'dashed',
        borderWidth: 2,
        borderColor: highlighted
          ? 'var(--mantine-primary-color-filled)'
          : 'var(--mantine-color-gray-4)',
        background: isDragging ? 'var(--mantine-color-indigo-0)' : 'var(--mantine-color-gray-0)',
        outline: isFocused ? '2px solid var(--mantine-primary-color-filled)' : 'none',
        outlineOffset: 2,
        transition: 'background 120ms, border-color 120ms',
      }}
    >
      <input
        id={inputId}
        type="file"
        accept={ACCEPT}
        className="visually-hidden"
        data-autofocus
        {...(hintId !== undefined ? { 'aria-describedby': hintId } : {})}
        onFocus={(event) => setFocused(event.currentTarget.matches(':focus-visible'))}
        onBlur={() => setFocused(false)}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Let the same file be chosen again after it was fixed on disk.
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
      <Stack align="center" gap={6}>
        <ThemeIcon variant="light" size={44} radius="xl" aria-hidden>
          <FileIcon />
        </ThemeIcon>
        <Text fw={600}>Choose a CSV or XLSX file</Text>
        <Text size="sm" c="dimmed">
          or drag and drop it here
        </Text>
      </Stack>
    </Paper>
  );
};

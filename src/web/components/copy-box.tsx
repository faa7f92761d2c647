/** A read-only value with a Copy button, for secrets shown once. */
import { Button, Code, CopyButton, Group } from '@mantine/core';

export const CopyBox = ({ value, label }: { value: string; label: string }) => (
  <Group gap="sm" wrap="nowrap" align="center">
    <Code
      block
      aria-label={label}
      style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap', userSelect: 'all' }}
    >
      {value}
    </Code>
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Button
          variant={copied ? 'light' : 'filled'}
          color={copied ? 'teal' : 'indigo'}
          onClick={copy}
        >
          {copied ? 'Copied' : 'Copy'}
        </Button>
      )}
    </CopyButton>
  </Group>
);

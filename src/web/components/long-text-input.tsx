/** A text area that grows with its text, from two to six lines unless told otherwise. */
import { Textarea } from '@mantine/core';
import type { TextareaProps } from '@mantine/core';

export const LongTextInput = (props: TextareaProps) => (
  <Textarea autosize minRows={2} maxRows={6} {...props} />
);

/**
 * A labelled group of inputs (repeatable rows, a small table of fields): the
 * label, description and error look like a Mantine field's, and screen
 * readers hear the label, the description and the error on entering the group.
 */
import { Input } from '@mantine/core';
import { useId } from 'react';
import type { ReactNode } from 'react';

interface FieldGroupProps {
  readonly label: string;
  readonly description?: ReactNode;
  readonly error?: ReactNode;
  readonly withAsterisk?: boolean;
  readonly children: ReactNode;
}

export const FieldGroup = ({
  label,
  description,
  error,
  withAsterisk = false,
  children,
}: FieldGroupProps) => {
  const id = useId();
  const hasError = error !== undefined && error !== null && error !== false && error !== '';
  const describedBy = [
    description !== undefined ? `${id}-description` : '',
    hasError ? `${id}-error` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <Input.Wrapper
      id={id}
      labelElement="div"
      label={label}
      description={description}
      error={hasError ? error : undefined}
      withAsterisk={withAsterisk}
    >
      <div
        role="group"
        aria-labelledby={`${id}-label`}
        {...(describedBy !== '' ? { 'aria-describedby': describedBy } : {})}
        style={{ marginTop: 6 }}
      >
        {children}
      </div>
    </Input.Wrapper>
  );
};

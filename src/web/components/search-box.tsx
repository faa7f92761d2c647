/** The catalog's search field: "/" focuses it from anywhere on the page, Escape clears it. */
import { CloseButton, Kbd, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useRef } from 'react';

interface SearchBoxProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly placeholder?: string;
  readonly description?: string;
}

export const SearchBox = ({ label, value, onChange, placeholder, description }: SearchBoxProps) => {
  const input = useRef<HTMLInputElement>(null);
  useHotkeys([['/', () => input.current?.focus()]]);
  return (
    <TextInput
      ref={input}
      type="search"
      label={label}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && value !== '') {
          event.preventDefault();
          onChange('');
        }
      }}
      {...(placeholder !== undefined ? { placeholder } : {})}
      {...(description !== undefined ? { description } : {})}
      autoComplete="off"
      spellCheck={false}
      rightSectionWidth={value === '' ? 40 : 36}
      rightSection={
        value === '' ? (
          <Kbd size="xs" aria-hidden>
            /
          </Kbd>
        ) : (
          <CloseButton aria-label="Clear search" onClick={() => onChange('')} size="sm" />
        )
      }
    />
  );
};

/**
 * A form field made of rows the user adds and removes (components,
 * requirements, sites …): the labelled group, a line while there are no
 * rows, each row as the form draws it, and the add button. The first input of
 * the row just added takes the focus.
 */
import { ActionIcon, Button, Stack, Text } from '@mantine/core';
import type { MantineSpacing } from '@mantine/core';
import { Fragment, useState } from 'react';
import type { ReactNode } from 'react';
import { FieldGroup } from './prework-field-group.js';
import { PlusIcon, RemoveIcon } from './prework-icons.js';

/** What a row's drawing may use. */
export interface ListRow {
  /** Whether this is the row just added (its first input takes `autoFocus`). */
  readonly isAdded: boolean;
  /** Adds the next row, as Enter does in a row of one text. */
  readonly addNext: () => void;
}

interface ListEditorProps<Row extends { readonly key: string }> {
  readonly label: string;
  readonly description?: ReactNode;
  readonly error?: ReactNode;
  readonly withAsterisk?: boolean;
  readonly rows: readonly Row[];
  /** What shows while there are no rows, e.g. "No exclusions." */
  readonly emptyText: string;
  /** Above the rows while there are some, e.g. the headings of their inputs. */
  readonly header?: ReactNode;
  readonly gap?: MantineSpacing;
  readonly addLabel: string;
  readonly newRow: () => Row;
  /** Puts the new row at the end of the form's list. */
  readonly onAdd: (row: Row) => void;
  readonly children: (row: Row, index: number, list: ListRow) => ReactNode;
}

export const ListEditor = <Row extends { readonly key: string }>(props: ListEditorProps<Row>) => {
  const [addedKey, setAddedKey] = useState<string | null>(null);
  const add = () => {
    const row = props.newRow();
    setAddedKey(row.key);
    props.onAdd(row);
  };
  return (
    <FieldGroup
      label={props.label}
      description={props.description}
      error={props.error}
      withAsterisk={props.withAsterisk ?? false}
    >
      <Stack gap={props.gap ?? 'xs'}>
        {props.rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {props.emptyText}
          </Text>
        ) : (
          props.header
        )}
        {props.rows.map((row, index) => (
          <Fragment key={row.key}>
            {props.children(row, index, { isAdded: row.key === addedKey, addNext: add })}
          </Fragment>
        ))}
        <Button
          variant="light"
          size="xs"
          leftSection={<PlusIcon />}
          onClick={add}
          style={{ alignSelf: 'flex-start' }}
        >
          {props.addLabel}
        </Button>
      </Stack>
    </FieldGroup>
  );
};

/** Removes one row; `mt` lines it up with inputs that have a label above them. */
export const RemoveRowButton = ({
  label,
  mt,
  onClick,
}: {
  label: string;
  mt?: number;
  onClick: () => void;
}) => (
  <ActionIcon
    variant="subtle"
    color="red"
    size="lg"
    aria-label={label}
    onClick={onClick}
    {...(mt !== undefined ? { mt } : {})}
  >
    <RemoveIcon />
  </ActionIcon>
);

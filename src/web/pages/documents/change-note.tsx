/** A version's change note, where its author wrote one. */
import { Text } from '@mantine/core';

export const ChangeNote = ({ note }: { note: string }) =>
  note !== '' && (
    <Text size="sm">
      <Text span fw={600}>
        Change note:
      </Text>{' '}
      {note}
    </Text>
  );

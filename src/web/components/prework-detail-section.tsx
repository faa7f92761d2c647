/**
 * Read-only record pages of the pre-work registers: a titled section (a Paper
 * with an h2) holding labelled facts as a description list.
 */
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { ReactNode } from 'react';
import { DateTime } from './date-time.js';
import { useMemberName } from './prework-owner-select.js';

export const DetailSection = ({
  title,
  actions,
  children,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) => {
  const headingId = useId();
  return (
    <Paper component="section" p="lg" aria-labelledby={headingId}>
      <Stack gap="md">
        <div style={{ display: 'flex', justifyContent: 'space-between', gap: 12 }}>
          <Title order={2} fz="lg" id={headingId}>
            {title}
          </Title>
          {actions}
        </div>
        {children}
      </Stack>
    </Paper>
  );
};

/** Facts side by side on wide screens, stacked on narrow ones. */
export const DetailGrid = ({ children, cols = 3 }: { children: ReactNode; cols?: number }) => (
  <SimpleGrid component="dl" cols={{ base: 1, sm: Math.min(2, cols), md: cols }} spacing="lg" m={0}>
    {children}
  </SimpleGrid>
);

export const DetailField = ({ label, children }: { label: string; children: ReactNode }) => (
  <div>
    <Text
      component="dt"
      size="xs"
      fw={700}
      tt="uppercase"
      c="dimmed"
      style={{ letterSpacing: '0.05em' }}
    >
      {label}
    </Text>
    <Text component="dd" m={0} mt={4} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {children}
    </Text>
  </div>
);

/** What a fact shows when it has no value yet. */
export const NotSet = ({ children = 'Not set' }: { children?: ReactNode }) => (
  <Text span size="sm" c="dimmed" fs="italic">
    {children}
  </Text>
);

/** A fact's value as `show` draws it, or NotSet (in its own words) while there is none. */
export const factOf = <Value,>(
  value: Value | null,
  show: (value: Value) => ReactNode,
  notSet?: ReactNode,
): ReactNode => (value === null ? <NotSet>{notSet}</NotSet> : show(value));

/** Who owns the record, or that nobody does yet. */
export const OwnerFact = ({ orgId, userId }: { orgId: string; userId: string | null }) => {
  const nameOf = useMemberName(orgId);
  return <DetailField label="Owner">{factOf(userId, nameOf, 'Nobody yet')}</DetailField>;
};

/** An instant, such as when the record was retired. */
export const TimeFact = ({ label, value }: { label: string; value: string }) => (
  <DetailField label={label}>
    <DateTime value={value} />
  </DetailField>
);

/** When the record was registered and when it last changed. */
export const RecordTimesFacts = ({
  record,
}: {
  record: { createdAt: string; updatedAt: string };
}) => (
  <>
    <TimeFact label="Registered" value={record.createdAt} />
    <TimeFact label="Last updated" value={record.updatedAt} />
  </>
);

/**
 * The risk matrix as a grid: one row per likelihood step with the highest at
 * the top, one column per consequence step from the lowest, each cell in the
 * colour of its level. The page draws what is inside a cell: the level's
 * label when reading, a level picker when editing.
 */
import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface Step {
  readonly label: string;
}

interface RiskMatrixGridProps {
  readonly label: string;
  readonly likelihood: readonly Step[];
  readonly consequence: readonly Step[];
  /** The colour of a cell (#rrggbb), by 0-based likelihood and consequence index. */
  readonly colourOf: (likelihood: number, consequence: number) => string | undefined;
  readonly children: (likelihood: number, consequence: number) => ReactNode;
}

/** Black or white, whichever reads better on the colour (WCAG relative luminance). */
export const textColourOn = (hex: string | undefined): string => {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!match) return 'var(--mantine-color-text)';
  const channel = (part: string) => {
    const value = parseInt(part, 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const [, r = '0', g = '0', b = '0'] = match;
  const luminance = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  return luminance > 0.179 ? '#000000' : '#ffffff';
};

const StepHeading = ({ value, label }: { value: number; label: string }) => (
  <>
    <Text span size="xs" c="dimmed" fw={700}>
      {value}
    </Text>{' '}
    <Text span size="sm" fw={600}>
      {label === '' ? '—' : label}
    </Text>
  </>
);

export const RiskMatrixGrid = ({
  label,
  likelihood,
  consequence,
  colourOf,
  children,
}: RiskMatrixGridProps) => {
  const rows = likelihood.map((step, index) => ({ step, index })).reverse();
  return (
    <Table.ScrollContainer minWidth={120 + consequence.length * 110}>
      <Table aria-label={label} withTableBorder withColumnBorders layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={150}>
              <Text size="xs" c="dimmed">
                Likelihood ↓ · Consequence →
              </Text>
            </Table.Th>
            {consequence.map((step, index) => (
              <Table.Th key={index} scope="col" ta="center">
                <StepHeading value={index + 1} label={step.label} />
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ step, index: l }) => (
            <Table.Tr key={l}>
              <Table.Th scope="row">
                <StepHeading value={l + 1} label={step.label} />
              </Table.Th>
              {consequence.map((_, c) => {
                const colour = colourOf(l, c);
                return (
                  <Table.Td
                    key={c}
                    ta="center"
                    p={6}
                    style={{ backgroundColor: colour, color: textColourOn(colour) }}
                  >
                    {children(l, c)}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};

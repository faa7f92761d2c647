/**
 * The impact profile (ISO/IEC 42005 5.9): harms counted by category and
 * severity, each cell shaded by severity when it holds any, and benefits
 * apart in the same way. Categories with nothing are left out.
 */
import { SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { NotSet } from '../../components/prework-detail-section.js';
import type { ImpactProfile } from './impact-queries.js';

type Row = ImpactProfile['harms'][number];
const SEVERITIES = [1, 2, 3, 4, 5] as const;

/** Shades that keep dark text readable, light to strong with severity. */
const HARM_SHADES = ['#fff4e6', '#ffe8cc', '#ffc078', '#ff8787', '#fa5252'];
const BENEFIT_SHADES = ['#ebfbee', '#d3f9d8', '#b2f2bb', '#8ce99a', '#69db7c'];

const ProfileTable = ({
  title,
  rows,
  total,
  shades,
}: {
  title: string;
  rows: readonly Row[];
  total: number;
  shades: readonly string[];
}) => {
  const shown = rows.filter((row) => row.total > 0);
  return (
    <Stack gap={6}>
      <Title order={4} fz="sm">
        {title} ({total})
      </Title>
      {shown.length === 0 ? (
        <NotSet>None recorded</NotSet>
      ) : (
        <Table aria-label={`${title} by category and severity`} withTableBorder withColumnBorders>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Category</Table.Th>
              {SEVERITIES.map((severity) => (
                <Table.Th key={severity} ta="center" w={56}>
                  {severity}
                </Table.Th>
              ))}
              <Table.Th ta="right" w={64}>
                Total
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => (
              <Table.Tr key={row.category}>
                <Table.Th scope="row" fw={500}>
                  {row.label}
                </Table.Th>
                {SEVERITIES.map((severity) => {
                  const count = row.bySeverity[severity];
                  return (
                    <Table.Td
                      key={severity}
                      ta="center"
                      fw={count > 0 ? 700 : 400}
                      style={
                        count > 0
                          ? { backgroundColor: shades[severity - 1], color: '#000' }
                          : undefined
                      }
                    >
                      {count > 0 ? count : ''}
                    </Table.Td>
                  );
                })}
                <Table.Td ta="right" fw={600}>
                  {row.total}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
};

export const ImpactProfileTables = ({ profile }: { profile: ImpactProfile }) => (
  <Stack gap="sm">
    <Text size="sm" c="dimmed">
      Columns are severity from 1 (lowest) to 5 (highest); for benefits, how large they are.
      {profile.unclassified > 0 &&
        ` ${profile.unclassified} impact${profile.unclassified === 1 ? ' is' : 's are'} not counted yet: nature, category or severity is not set.`}
    </Text>
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <ProfileTable
        title="Harms"
        rows={profile.harms}
        total={profile.harmTotal}
        shades={HARM_SHADES}
      />
      <ProfileTable
        title="Benefits"
        rows={profile.benefits}
        total={profile.benefitTotal}
        shades={BENEFIT_SHADES}
      />
    </SimpleGrid>
  </Stack>
);

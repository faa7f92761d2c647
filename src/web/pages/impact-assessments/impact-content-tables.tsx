/** The lists of an impact assessment as tables: interested parties, impacts (with the risks raised from harms) and measures. */
import { Badge, Stack, Table, Text } from '@mantine/core';
import { NotSet } from '../../components/prework-detail-section.js';
import { CalendarDate } from '../../components/prework-calendar-date.js';
import { useMemberName } from '../../components/prework-owner-select.js';
import { SimpleTable } from '../../components/simple-table.js';
import {
  IMPACT_AFFECTED_LABELS,
  IMPACT_CATEGORY_LABELS,
  IMPACT_NATURE_LABELS,
  IMPACT_REVERSIBILITY_LABELS,
  IMPACT_SCALE_LABELS,
  MEASURE_STATUS_LABELS,
} from './impact-labels.js';
import type { ImpactContent, ImpactVersion } from './impact-queries.js';
import { HarmRiskCell } from './impact-raised-risk.js';

const dash = (
  <Text span size="sm" c="dimmed">
    —
  </Text>
);
const labelOr = <K extends string>(labels: Readonly<Record<K, string>>, value: K | null) =>
  value === null ? dash : labels[value];

export const PartiesTable = ({ content }: { content: ImpactContent }) =>
  content.interestedParties.length === 0 ? (
    <NotSet>No interested parties yet</NotSet>
  ) : (
    <SimpleTable
      label="Interested parties affected"
      withTableBorder
      columns={[
        { header: 'Party', width: '28%' },
        { header: 'How they are affected' },
        { header: 'Vulnerable group', width: 150 },
      ]}
    >
      {content.interestedParties.map((party) => (
        <Table.Tr key={party.name}>
          <Table.Td fw={600}>{party.name}</Table.Td>
          <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
            {party.description === '' ? dash : party.description}
          </Table.Td>
          <Table.Td>
            {party.isVulnerableGroup ? (
              <Badge color="orange" variant="light">
                Vulnerable group
              </Badge>
            ) : (
              'No'
            )}
          </Table.Td>
        </Table.Tr>
      ))}
    </SimpleTable>
  );

/** The impacts, each harm with the risk raised from it or the button that raises one. */
export const ImpactsTable = ({ orgId, version }: { orgId: string; version: ImpactVersion }) => {
  const { content } = version;
  return content.impacts.length === 0 ? (
    <NotSet>No impacts yet</NotSet>
  ) : (
    <SimpleTable
      label="Impacts"
      withTableBorder
      minWidth={960}
      columns={[
        { header: 'No.', width: 50 },
        { header: 'Impact', width: '32%' },
        { header: 'Affects' },
        { header: 'Nature' },
        { header: 'Category' },
        { header: 'Likelihood', align: 'right' },
        { header: 'Severity', align: 'right' },
        { header: 'Reversibility' },
        { header: 'Scale' },
      ]}
    >
      {content.impacts.map((impact, index) => (
        <Table.Tr key={impact.id}>
          <Table.Td fw={600}>{index + 1}</Table.Td>
          <Table.Td>
            <Stack gap={6} align="flex-start">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {impact.description === '' ? dash : impact.description}
              </Text>
              <HarmRiskCell orgId={orgId} version={version} impact={impact} number={index + 1} />
            </Stack>
          </Table.Td>
          <Table.Td>
            {impact.affects.length === 0
              ? dash
              : impact.affects.map((value) => IMPACT_AFFECTED_LABELS[value]).join(', ')}
          </Table.Td>
          <Table.Td>
            {impact.nature === null ? (
              dash
            ) : (
              <Badge color={impact.nature === 'harm' ? 'red' : 'teal'} variant="light">
                {IMPACT_NATURE_LABELS[impact.nature]}
              </Badge>
            )}
          </Table.Td>
          <Table.Td>{labelOr(IMPACT_CATEGORY_LABELS, impact.category)}</Table.Td>
          <Table.Td ta="right">{impact.likelihood ?? dash}</Table.Td>
          <Table.Td ta="right">{impact.severity ?? dash}</Table.Td>
          <Table.Td>{labelOr(IMPACT_REVERSIBILITY_LABELS, impact.reversibility)}</Table.Td>
          <Table.Td>{labelOr(IMPACT_SCALE_LABELS, impact.scale)}</Table.Td>
        </Table.Tr>
      ))}
    </SimpleTable>
  );
};

export const MeasuresTable = ({ orgId, content }: { orgId: string; content: ImpactContent }) => {
  const nameOf = useMemberName(orgId);
  const impactNumber = (id: string | null) => {
    const index = content.impacts.findIndex((impact) => impact.id === id);
    return index < 0 ? dash : `Impact ${index + 1}`;
  };
  return content.measures.length === 0 ? (
    <NotSet>No measures yet</NotSet>
  ) : (
    <SimpleTable
      label="Measures"
      withTableBorder
      minWidth={760}
      columns={[
        { header: 'No.', width: 50 },
        { header: 'Addresses', width: 100 },
        { header: 'Measure' },
        { header: 'Owner' },
        { header: 'Due' },
        { header: 'Status' },
        { header: 'Annex A controls' },
      ]}
    >
      {content.measures.map((measure, index) => (
        <Table.Tr key={measure.id}>
          <Table.Td fw={600}>{index + 1}</Table.Td>
          <Table.Td>{impactNumber(measure.impactId)}</Table.Td>
          <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
            {measure.description === '' ? dash : measure.description}
          </Table.Td>
          <Table.Td>{measure.ownerUserId === null ? dash : nameOf(measure.ownerUserId)}</Table.Td>
          <Table.Td>
            {measure.dueDate === null ? dash : <CalendarDate value={measure.dueDate} />}
          </Table.Td>
          <Table.Td>{MEASURE_STATUS_LABELS[measure.status]}</Table.Td>
          <Table.Td>
            {measure.annexAControlIds.length === 0 ? dash : measure.annexAControlIds.join(', ')}
          </Table.Td>
        </Table.Tr>
      ))}
    </SimpleTable>
  );
};

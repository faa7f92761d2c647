/**
 * An AI system's facts, grouped as the form groups them: identity,
 * classification, components and data, oversight, scope.
 */
import { Badge, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import {
  DetailField,
  DetailGrid,
  DetailSection,
  NotSet,
  OwnerFact,
  RecordTimesFacts,
  factOf,
} from '../../components/prework-detail-section.js';
import { useChoiceLabels } from '../../registers/use-register.js';
import { RiskClassBadge, ScopeBadge } from './ai-system-badges.js';
import type { AiSystem } from './ai-system-queries.js';
import { SimpleTable } from '../../components/simple-table.js';

const OptionalText = ({ value }: { value: string }) => (value.trim() === '' ? <NotSet /> : value);

const Identity = ({ system, orgId }: { system: AiSystem; orgId: string }) => {
  const labelOf = useChoiceLabels('ai-systems');
  return (
    <DetailSection title="Identity">
      <DetailGrid cols={1}>
        <DetailField label="Purpose">{system.purpose}</DetailField>
        <DetailField label="Description">
          <OptionalText value={system.description} />
        </DetailField>
      </DetailGrid>
      <DetailGrid cols={4}>
        <OwnerFact orgId={orgId} userId={system.ownerUserId} />
        <DetailField label="Life-cycle stage">
          {labelOf('lifecycleStage', system.lifecycleStage)}
        </DetailField>
        <RecordTimesFacts record={system} />
      </DetailGrid>
    </DetailSection>
  );
};

const Classification = ({ system }: { system: AiSystem }) => {
  const labelOf = useChoiceLabels('ai-systems');
  return (
    <DetailSection title="Classification">
      <DetailGrid cols={2}>
        <DetailField label="Our AI roles">
          {system.aiRoles.length === 0 ? (
            <NotSet />
          ) : (
            <Group gap={6} component="span">
              {system.aiRoles.map((role) => (
                <Badge key={role} color="indigo">
                  {labelOf('aiRoles', role)}
                </Badge>
              ))}
            </Group>
          )}
        </DetailField>
        <DetailField label="EU AI Act role">
          {factOf(system.euAiActRole, (role) => labelOf('euAiActRole', role))}
        </DetailField>
        <DetailField label="EU AI Act risk class">
          <RiskClassBadge riskClass={system.euRiskClass} long />
        </DetailField>
        <DetailField label="Annex III area">
          {factOf(
            system.euAnnexIiiArea,
            (area) => labelOf('euAnnexIiiArea', area),
            system.euRiskClass === 'high_risk' ? 'Not set' : 'Not applicable',
          )}
        </DetailField>
        <DetailField label="General-purpose AI model">
          {system.isGeneralPurposeModel ? 'Yes' : 'No'}
        </DetailField>
      </DetailGrid>
    </DetailSection>
  );
};

const ComponentsAndData = ({ system }: { system: AiSystem }) => {
  const labelOf = useChoiceLabels('ai-systems');
  return (
    <DetailSection title="Components & data">
      <Stack gap="md">
        {system.thirdPartyComponents.length === 0 ? (
          <Text size="sm" c="dimmed">
            No third-party components listed.
          </Text>
        ) : (
          <SimpleTable
            label="Third-party components"
            columns={[{ header: 'Component' }, { header: 'Supplier' }]}
            withTableBorder
          >
            {system.thirdPartyComponents.map((row, index) => (
              <Table.Tr key={index}>
                <Table.Td>{row.component}</Table.Td>
                <Table.Td>{row.supplier}</Table.Td>
              </Table.Tr>
            ))}
          </SimpleTable>
        )}
        <DetailGrid cols={1}>
          <DetailField label="Data categories">
            {system.dataCategories.length === 0 ? (
              <NotSet />
            ) : (
              system.dataCategories
                .map((category) => labelOf('dataCategories', category))
                .join(', ')
            )}
          </DetailField>
        </DetailGrid>
      </Stack>
    </DetailSection>
  );
};

const Oversight = ({ system }: { system: AiSystem }) => {
  const labelOf = useChoiceLabels('ai-systems');
  return (
    <DetailSection title="Oversight">
      <DetailGrid cols={1}>
        <DetailField label="Automation level">
          {factOf(system.automationLevel, (level) => labelOf('automationLevel', level))}
        </DetailField>
        <DetailField label="Human oversight">
          <OptionalText value={system.humanOversight} />
        </DetailField>
      </DetailGrid>
    </DetailSection>
  );
};

const Scope = ({ system }: { system: AiSystem }) => (
  <DetailSection title="Scope">
    <DetailGrid cols={2}>
      <DetailField label="AIMS scope">
        <ScopeBadge isInScope={system.isInScope} />
      </DetailField>
      {!system.isInScope && (
        <DetailField label="Reason for leaving it out">
          <OptionalText value={system.outOfScopeReason ?? ''} />
        </DetailField>
      )}
    </DetailGrid>
  </DetailSection>
);

export const AiSystemDetails = ({ system, orgId }: { system: AiSystem; orgId: string }) => (
  <Stack gap="md">
    <Identity system={system} orgId={orgId} />
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <Classification system={system} />
      <ComponentsAndData system={system} />
      <Oversight system={system} />
      <Scope system={system} />
    </SimpleGrid>
  </Stack>
);

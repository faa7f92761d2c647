/**
 * An AI system's facts, grouped as the form groups them: identity, ISO/IEC
 * 22989 roles, EU AI Act classification, components and data, oversight, scope.
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

const BadgeList = ({
  values,
  label,
}: {
  values: readonly string[];
  label: (v: string) => string;
}) =>
  values.length === 0 ? (
    <NotSet />
  ) : (
    <Group gap={6} component="span">
      {values.map((value) => (
        <Badge key={value} color="indigo" variant="light" c="indigo.9">
          {label(value)}
        </Badge>
      ))}
    </Group>
  );

const Roles = ({ system }: { system: AiSystem }) => {
  const labelOf = useChoiceLabels('ai-systems');
  return (
    <DetailSection title="Roles (ISO/IEC 22989)">
      <DetailGrid cols={2}>
        <DetailField label="Our AI roles">
          <BadgeList values={system.aiRoles} label={(role) => labelOf('aiRoles', role)} />
        </DetailField>
        <DetailField label="Our sub-roles">
          <BadgeList values={system.aiSubRoles} label={(role) => labelOf('aiSubRoles', role)} />
        </DetailField>
      </DetailGrid>
    </DetailSection>
  );
};

const AnnexIFacts = ({ system }: { system: AiSystem }) => {
  const labelOf = useChoiceLabels('ai-systems');
  return (
    <>
      <DetailField label="Annex I product">
        {factOf(system.euAnnexIRelation, (relation) => labelOf('euAnnexIRelation', relation))}
      </DetailField>
      <DetailField label="Annex I legislation">
        <OptionalText value={system.euAnnexILegislation} />
      </DetailField>
      <DetailField label="Third-party conformity assessment">
        {system.isThirdPartyAssessmentRequired ? 'Required' : 'Not required'}
      </DetailField>
    </>
  );
};

const AnnexIiiFacts = ({ system }: { system: AiSystem }) => {
  const labelOf = useChoiceLabels('ai-systems');
  return (
    <>
      <DetailField label="Annex III area">
        {factOf(system.euAnnexIiiArea, (area) => labelOf('euAnnexIiiArea', area))}
      </DetailField>
      <DetailField label="Art. 6(3) derogation">
        {factOf(
          system.euDerogation,
          (derogation) => labelOf('euDerogation', derogation),
          'Not claimed',
        )}
      </DetailField>
      {system.euDerogation !== null && (
        <DetailField label="Derogation reasoning">
          <OptionalText value={system.euDerogationReasoning ?? ''} />
        </DetailField>
      )}
    </>
  );
};

const SystemFacts = ({ system }: { system: AiSystem }) => {
  const labelOf = useChoiceLabels('ai-systems');
  return (
    <>
      <DetailField label="Built on a general-purpose AI model">
        {system.isBuiltOnGeneralPurposeModel ? 'Yes' : 'No'}
      </DetailField>
      <DetailField label="High-risk route">
        {factOf(
          system.euHighRiskRoute,
          (route) => labelOf('euHighRiskRoute', route),
          system.euRiskClass === 'high_risk' ? 'Not recorded' : 'Not applicable',
        )}
      </DetailField>
      {system.euHighRiskRoute === 'annex_i' && <AnnexIFacts system={system} />}
      {system.euHighRiskRoute === 'annex_iii' && <AnnexIiiFacts system={system} />}
      <DetailField label="Transparency (Art. 50)">
        {system.hasTransparencyObligations ? (
          system.euTransparencyObligations.length === 0 ? (
            'Applies; provisions not recorded'
          ) : (
            <BadgeList
              values={system.euTransparencyObligations}
              label={(value) => labelOf('euTransparencyObligations', value)}
            />
          )
        ) : (
          'None'
        )}
      </DetailField>
    </>
  );
};

const EuAiAct = ({ system }: { system: AiSystem }) => {
  const labelOf = useChoiceLabels('ai-systems');
  return (
    <DetailSection title="EU AI Act">
      <DetailGrid cols={2}>
        <DetailField label="Entry">
          {system.isGeneralPurposeModel ? 'General-purpose AI model' : 'AI system'}
        </DetailField>
        <DetailField label="Our EU AI Act roles">
          <BadgeList values={system.euAiActRoles} label={(role) => labelOf('euAiActRoles', role)} />
        </DetailField>
        {system.isGeneralPurposeModel ? (
          <DetailField label="Systemic risk (Art. 51)">
            {system.hasSystemicRisk ? 'Yes' : 'No'}
          </DetailField>
        ) : (
          <DetailField label="EU AI Act risk class">
            <RiskClassBadge riskClass={system.euRiskClass} long />
          </DetailField>
        )}
        {!system.isGeneralPurposeModel && <SystemFacts system={system} />}
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
      <Roles system={system} />
      <EuAiAct system={system} />
      <ComponentsAndData system={system} />
      <Oversight system={system} />
      <Scope system={system} />
    </SimpleGrid>
  </Stack>
);

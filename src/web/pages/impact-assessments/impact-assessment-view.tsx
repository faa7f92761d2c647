/**
 * One impact assessment version, read section by section. On a draft each
 * section has its Edit button and shows how many items approval still finds
 * missing in it.
 */
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { ReactNode } from 'react';
import { CalendarDate } from '../../components/prework-calendar-date.js';
import { NotSet } from '../../components/prework-detail-section.js';
import { ImpactsTable, MeasuresTable, PartiesTable } from './impact-content-tables.js';
import type { ContentField } from './impact-form-values.js';
import { IMPACT_FIELD_LABELS, IMPACT_TRIGGER_LABELS } from './impact-labels.js';
import { ImpactProfileTables } from './impact-profile-table.js';
import type { ImpactVersion } from './impact-queries.js';
import { IMPACT_SECTIONS, sectionOfField } from './impact-sections.js';
import type { ImpactSection, SectionId } from './impact-sections.js';

const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <Stack gap={4}>
    <Text size="xs" fw={700} tt="uppercase" c="dimmed" style={{ letterSpacing: '0.05em' }}>
      {label}
    </Text>
    <Text component="div" size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {children}
    </Text>
  </Stack>
);

const TextFact = ({
  content,
  field,
}: {
  content: ImpactVersion['content'];
  field: ContentField;
}) => {
  const value = content[field];
  return (
    <Fact label={IMPACT_FIELD_LABELS[field]}>
      {typeof value === 'string' && value !== '' ? value : <NotSet>Not written yet</NotSet>}
    </Fact>
  );
};

const SectionCard = ({
  title,
  missing,
  onEdit,
  children,
}: {
  title: string;
  missing: number;
  onEdit: (() => void) | undefined;
  children: ReactNode;
}) => {
  const headingId = useId();
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Group gap="sm">
            <Title order={3} fz="md" id={headingId}>
              {title}
            </Title>
            {missing > 0 && (
              <Badge color="red" variant="light">
                {missing} missing
              </Badge>
            )}
          </Group>
          {onEdit && (
            <Button
              size="xs"
              variant="light"
              onClick={onEdit}
              aria-label={`Edit ${title.toLowerCase()}`}
            >
              Edit
            </Button>
          )}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
};

const SectionBody = ({
  orgId,
  version,
  section,
}: {
  orgId: string;
  version: ImpactVersion;
  section: ImpactSection;
}) => {
  const { content } = version;
  switch (section.id) {
    case 'scope':
      return (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <TextFact content={content} field="scope" />
          <Fact label={IMPACT_FIELD_LABELS.trigger}>
            {content.trigger === null ? <NotSet /> : IMPACT_TRIGGER_LABELS[content.trigger]}
          </Fact>
        </SimpleGrid>
      );
    case 'parties':
      return <PartiesTable content={content} />;
    case 'impacts':
      return <ImpactsTable orgId={orgId} version={version} />;
    case 'measures':
      return <MeasuresTable orgId={orgId} content={content} />;
    case 'review':
      return (
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
          <TextFact content={content} field="thresholds" />
          <Fact label={IMPACT_FIELD_LABELS.nextReviewDate}>
            {content.nextReviewDate === null ? (
              <NotSet />
            ) : (
              <Group gap={6}>
                <CalendarDate value={content.nextReviewDate} />
                {version.isReviewOverdue && (
                  <Badge color="red" size="sm">
                    Overdue
                  </Badge>
                )}
              </Group>
            )}
          </Fact>
          <TextFact content={content} field="retention" />
        </SimpleGrid>
      );
    case 'system':
    case 'technical':
      return (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          {section.fields.map((field) => (
            <TextFact key={field} content={content} field={field} />
          ))}
        </SimpleGrid>
      );
  }
};

export const ImpactAssessmentView = ({
  orgId,
  version,
  onEdit,
}: {
  orgId: string;
  version: ImpactVersion;
  /** Present on an editable draft. */
  onEdit?: ((section: SectionId) => void) | undefined;
}) => {
  const missingIn = (section: ImpactSection) =>
    version.status === 'draft'
      ? version.missingForApproval.filter((issue) => sectionOfField(issue.field)?.id === section.id)
          .length
      : 0;
  return (
    <Stack gap="md">
      {IMPACT_SECTIONS.map((section) => (
        <SectionCard
          key={section.id}
          title={section.title}
          missing={missingIn(section)}
          onEdit={onEdit ? () => onEdit(section.id) : undefined}
        >
          <SectionBody orgId={orgId} version={version} section={section} />
        </SectionCard>
      ))}
      <SectionCard title="Impact profile" missing={0} onEdit={undefined}>
        <ImpactProfileTables profile={version.profile} />
      </SectionCard>
    </Stack>
  );
};

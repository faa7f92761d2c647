/** One interested party at a glance: kind, notes and each requirement with how the AIMS addresses it. */
import { Badge, Button, Drawer, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { NotSet } from '../../components/prework-detail-section.js';
import { ContextKindBadge } from './context-kind-badge.js';
import type { InterestedParty } from './context-queries.js';
import { RequirementsProgress } from './requirements-progress.js';

interface PartyDrawerProps {
  readonly party: InterestedParty | undefined;
  readonly onClose: () => void;
  readonly onEdit: (party: InterestedParty) => void;
}

export const PartyDrawer = ({ party, onClose, onEdit }: PartyDrawerProps) => (
  <Drawer
    opened={party !== undefined}
    onClose={onClose}
    position="right"
    size="lg"
    title={party?.name ?? ''}
    styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
  >
    {party && (
      <Stack gap="lg">
        <Group justify="space-between">
          <Group gap="sm">
            <ContextKindBadge kind={party.kind} />
            <RequirementsProgress
              addressed={party.addressedCount}
              total={party.requirementCount}
              suffix=" addressed"
            />
          </Group>
          {party.availableActions.includes('edit') && (
            <Button variant="default" size="xs" onClick={() => onEdit(party)}>
              Edit
            </Button>
          )}
        </Group>
        <div>
          <Title order={3} fz="sm" mb={4}>
            Notes
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {party.notes === '' ? <NotSet>No notes</NotSet> : party.notes}
          </Text>
        </div>
        <div>
          <Title order={3} fz="sm" mb="xs">
            Requirements
          </Title>
          {party.requirements.length === 0 ? (
            <NotSet>No requirements listed</NotSet>
          ) : (
            <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {party.requirements.map((row, index) => (
                <Paper key={index} component="li" p="sm">
                  <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                    <Text size="sm" fw={600}>
                      {row.requirement}
                    </Text>
                    <Group gap={4} wrap="nowrap">
                      {row.isClimateRelated && (
                        <Badge color="green" variant="outline">
                          Climate
                        </Badge>
                      )}
                      {row.isAddressed ? (
                        <Badge color="teal">Addressed</Badge>
                      ) : (
                        <Badge color="orange">Open</Badge>
                      )}
                    </Group>
                  </Group>
                  {row.how !== '' && (
                    <Text size="sm" c="dimmed" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                      {row.isAddressed ? 'How: ' : 'Planned: '}
                      {row.how}
                    </Text>
                  )}
                </Paper>
              ))}
            </Stack>
          )}
        </div>
      </Stack>
    )}
  </Drawer>
);

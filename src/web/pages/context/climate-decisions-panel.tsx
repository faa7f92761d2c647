/**
 * The organization's climate decisions (clauses 4.1 and 4.2): one card per
 * question with its answer, the reason, who decided and when, and where the
 * registers disagree. "Not yet considered" looks unlike any decision taken.
 */
import { Alert, Badge, Button, Group, Paper, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DateTime } from '../../components/date-time.js';
import { applyApiError } from '../../components/form-errors.js';
import { FormAlert } from '../../components/form-alert.js';
import { LongTextInput } from '../../components/long-text-input.js';
import { notifySuccess } from '../../components/notify.js';
import { useMemberName } from '../../components/prework-owner-select.js';
import { climateDecisionsQuery, useDecideClimate } from './climate-queries.js';
import type { ClimateDecision, DecidedAnswer } from './climate-queries.js';

const ANSWER_COLORS: Readonly<Record<ClimateDecision['answer'], string>> = {
  not_considered: 'gray',
  relevant: 'green',
  not_relevant: 'blue',
};

const OPTIONS: Readonly<Record<ClimateDecision['question'], Record<DecidedAnswer, string>>> = {
  climate_issue: {
    relevant: 'Relevant',
    not_relevant: 'Not relevant',
  },
  party_requirements: {
    relevant: 'Yes, parties have climate-related requirements',
    not_relevant: 'No: none of the parties has one',
  },
};

interface DecisionValues extends Record<string, unknown> {
  answer: DecidedAnswer | '';
  reason: string;
}

const LABELS = { answer: 'Decision', reason: 'Reason' };

const DecisionForm = ({
  orgId,
  decision,
  onDone,
}: {
  orgId: string;
  decision: ClimateDecision;
  onDone: () => void;
}) => {
  const form = useForm<DecisionValues>({
    initialValues: {
      answer: decision.answer === 'not_considered' ? '' : decision.answer,
      reason: decision.reason,
    },
    validate: { answer: (value) => (value === '' ? 'Choose a decision' : null) },
  });
  const [alert, setAlert] = useState<string | null>(null);
  const decide = useDecideClimate(orgId);
  const submit = form.onSubmit((values) => {
    if (values.answer === '') return;
    setAlert(null);
    decide.mutate(
      { question: decision.question, answer: values.answer, reason: values.reason },
      {
        onSuccess: () => {
          notifySuccess('The climate decision was recorded.');
          onDone();
        },
        onError: (error) => setAlert(applyApiError(form, error, LABELS)),
      },
    );
  });
  return (
    <form onSubmit={submit} noValidate aria-label={`Decide: ${decision.questionText}`}>
      <Stack gap="sm">
        <FormAlert message={alert} />
        <Radio.Group label={LABELS.answer} withAsterisk {...form.getInputProps('answer')}>
          <Stack gap={6} mt={6}>
            {Object.entries(OPTIONS[decision.question]).map(([value, label]) => (
              <Radio key={value} value={value} label={label} />
            ))}
          </Stack>
        </Radio.Group>
        <LongTextInput
          label={LABELS.reason}
          description="Why: the auditor reads this with the decision"
          withAsterisk
          minRows={2}
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={decide.isPending}>
            Record decision
          </Button>
        </Group>
      </Stack>
    </form>
  );
};

const DecisionCard = ({
  orgId,
  decision,
  canDecide,
}: {
  orgId: string;
  decision: ClimateDecision;
  canDecide: boolean;
}) => {
  const [editing, setEditing] = useState(false);
  const nameOf = useMemberName(orgId);
  const isUndecided = decision.answer === 'not_considered';
  return (
    <Paper
      p="md"
      withBorder
      style={isUndecided ? { borderStyle: 'dashed' } : undefined}
      aria-label={`Clause ${decision.clause}: ${decision.questionText}`}
      component="section"
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text size="sm" fw={700}>
            {decision.clause} · {decision.questionText}
          </Text>
          <Badge
            color={ANSWER_COLORS[decision.answer]}
            variant={isUndecided ? 'outline' : 'light'}
            style={{ flexShrink: 0 }}
          >
            {decision.answerLabel}
          </Badge>
        </Group>
        {editing ? (
          <DecisionForm orgId={orgId} decision={decision} onDone={() => setEditing(false)} />
        ) : (
          <>
            {isUndecided ? (
              <Text size="sm" c="dimmed">
                No decision recorded yet. An auditor will ask for it.
              </Text>
            ) : (
              <>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {decision.reason}
                </Text>
                {decision.decidedAt !== null && (
                  <Text size="xs" c="dimmed">
                    Decided by{' '}
                    {decision.decidedByUserId === null
                      ? 'the operator'
                      : nameOf(decision.decidedByUserId)}
                    , <DateTime value={decision.decidedAt} />
                  </Text>
                )}
              </>
            )}
            {decision.warnings.map((warning) => (
              <Alert key={warning.code} color="orange" variant="light" p="xs">
                <Text size="sm">{warning.message}</Text>
              </Alert>
            ))}
            {canDecide && (
              <Group>
                <Button size="xs" variant="light" onClick={() => setEditing(true)}>
                  {isUndecided ? 'Record decision' : 'Change decision'}
                </Button>
              </Group>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
};

export const ClimateDecisionsPanel = ({ orgId }: { orgId: string }) => {
  const decisions = useQuery(climateDecisionsQuery(orgId));
  if (!decisions.data) return null;
  const canDecide = decisions.data.availableActions.includes('decide');
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" mb="lg">
      {decisions.data.decisions.map((decision) => (
        <DecisionCard
          key={decision.question}
          orgId={orgId}
          decision={decision}
          canDecide={canDecide}
        />
      ))}
    </SimpleGrid>
  );
};

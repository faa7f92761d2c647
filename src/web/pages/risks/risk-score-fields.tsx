/**
 * A pair of scores — likelihood and consequence, inherent or residual — as
 * selects labelled from the scales of the risk criteria in force, with the
 * level they give under its matrix shown as they change.
 */
import { Group, Select, Text } from '@mantine/core';
import type { ComboboxItem } from '@mantine/core';
import { LevelBadge } from './risk-badges.js';
import { levelAt } from './risk-level.js';
import type { LevelLook } from './risk-level.js';
import { scoreOf } from './risk-form-values.js';
import type { RiskCriteria } from './risk-queries.js';

const optionsOf = (levels: RiskCriteria['likelihood']['levels']): ComboboxItem[] =>
  levels.map((level) => ({ value: String(level.value), label: `${level.value} ${level.label}` }));

/** The part of a Mantine form these selects use. */
interface ScoreForm<Field extends string> {
  readonly values: Readonly<Record<Field, unknown>>;
  getInputProps(path: Field): object;
}

interface ScorePairProps<Field extends string> {
  readonly form: ScoreForm<Field>;
  readonly criteria: RiskCriteria | null;
  readonly likelihoodField: Field;
  readonly consequenceField: Field;
  readonly likelihoodLabel: string;
  readonly consequenceLabel: string;
  /** What the level preview is called, e.g. "Inherent level". */
  readonly levelLabel: string;
  /** The level to show while the scores are the stored ones (scored against an older version). */
  readonly storedLevel?: {
    readonly scores: readonly [number | null, number | null];
    readonly level: LevelLook | null;
  };
}

const textOf = (value: unknown) => (typeof value === 'string' ? value : null);

export const ScorePair = <Field extends string>(props: ScorePairProps<Field>) => {
  const { form, criteria } = props;
  const likelihood = scoreOf(textOf(form.values[props.likelihoodField]));
  const consequence = scoreOf(textOf(form.values[props.consequenceField]));
  const stored = props.storedLevel;
  const isStored =
    stored !== undefined && stored.scores[0] === likelihood && stored.scores[1] === consequence;
  const level = isStored
    ? stored.level
    : criteria
      ? levelAt(criteria, likelihood, consequence)
      : null;
  const disabled = criteria === null;
  return (
    <Group grow align="flex-start">
      <Select
        label={props.likelihoodLabel}
        placeholder={disabled ? 'No approved criteria' : 'Not scored'}
        data={criteria ? optionsOf(criteria.likelihood.levels) : []}
        disabled={disabled}
        clearable
        {...form.getInputProps(props.likelihoodField)}
      />
      <Select
        label={props.consequenceLabel}
        placeholder={disabled ? 'No approved criteria' : 'Not scored'}
        data={criteria ? optionsOf(criteria.consequence.levels) : []}
        disabled={disabled}
        clearable
        {...form.getInputProps(props.consequenceField)}
      />
      <div aria-live="polite">
        <Text size="sm" fw={500} mb={6}>
          {props.levelLabel}
        </Text>
        <LevelBadge
          level={level}
          notScored={
            likelihood === null || consequence === null ? 'Give both scores' : 'Not scored'
          }
        />
      </div>
    </Group>
  );
};

/**
 * The answer to a nonconformity (ISO/IEC 42001 clause 10.2): the correction
 * — the immediate fix, kept apart — then the corrective action that removes
 * the cause: root-cause analysis, a plan with an owner and a due date,
 * evidence that it was carried out, and a review of its effectiveness by
 * someone other than its owner before it is closed.
 *
 *   planning ──plan──► in_progress ──implement──► awaiting_review ──review: effective──► effective ──close──► closed
 *                          ▲                             │
 *                          └─────review: not effective───┘
 *
 * A review that finds the action not effective sends it back to work with a
 * new plan; the review stays in its history.
 */
import type { ErrorKind } from '../errors.js';

export const CORRECTIVE_ACTION_STATUS_LABELS = {
  planning: 'Planning',
  in_progress: 'In progress',
  awaiting_review: 'Awaiting effectiveness review',
  effective: 'Verified effective',
  closed: 'Closed',
} as const;
export type CorrectiveActionStatus = keyof typeof CORRECTIVE_ACTION_STATUS_LABELS;

/** An effectiveness review: who looked, when, what they concluded and why. */
export interface EffectivenessReview {
  readonly reviewedByUserId: string;
  readonly reviewedOn: string;
  readonly isEffective: boolean;
  readonly note: string;
}

export interface CorrectiveActionState {
  readonly status: CorrectiveActionStatus;
  readonly correction: string;
  readonly rootCause: string;
  readonly actionPlan: string;
  readonly ownerUserId: string | null;
  /** YYYY-MM-DD. */
  readonly dueDate: string | null;
  readonly implementationEvidence: string;
  /** Every review so far, oldest first; the last one decides. */
  readonly reviews: readonly EffectivenessReview[];
}

export type CorrectiveActionStep =
  | { readonly type: 'plan' }
  | { readonly type: 'implement' }
  | { readonly type: 'review'; readonly isEffective: boolean; readonly note: string }
  | { readonly type: 'close' };

/** Who acts: null for the operator at the command line, who is not a person. */
export interface CorrectiveActionActor {
  readonly userId: string | null;
}

export const CORRECTIVE_ACTION_REFUSAL_CODES = [
  'CORRECTIVE_ACTION_INCOMPLETE',
  'CORRECTIVE_ACTION_INVALID_STEP',
  'CORRECTIVE_ACTION_REVIEW_BY_OWNER',
  'CORRECTIVE_ACTION_REVIEW_BY_OPERATOR',
] as const;
export type CorrectiveActionRefusalCode = (typeof CORRECTIVE_ACTION_REFUSAL_CODES)[number];

export type CorrectiveActionDecision =
  | { readonly ok: true; readonly next: CorrectiveActionStatus }
  | {
      readonly ok: false;
      readonly code: CorrectiveActionRefusalCode;
      readonly kind: ErrorKind;
      readonly message: string;
      /** For CORRECTIVE_ACTION_INCOMPLETE: the fields still empty. */
      readonly missing: readonly string[];
    };

const FROM: Readonly<Record<CorrectiveActionStep['type'], CorrectiveActionStatus>> = {
  plan: 'planning',
  implement: 'in_progress',
  review: 'awaiting_review',
  close: 'effective',
};

const PAST: Readonly<Record<CorrectiveActionStep['type'], string>> = {
  plan: 'planned',
  implement: 'marked as implemented',
  review: 'reviewed for effectiveness',
  close: 'closed',
};

/** The fields a step needs filled in, in the order a form shows them. */
const NEEDS: Readonly<Record<'plan' | 'implement', readonly (keyof CorrectiveActionState)[]>> = {
  plan: ['correction', 'rootCause', 'actionPlan', 'ownerUserId', 'dueDate'],
  implement: [
    'correction',
    'rootCause',
    'actionPlan',
    'ownerUserId',
    'dueDate',
    'implementationEvidence',
  ],
};

const isBlank = (value: unknown) =>
  value === null || (typeof value === 'string' && value.trim() === '');

const refuse = (
  code: CorrectiveActionRefusalCode,
  kind: ErrorKind,
  message: string,
  missing: readonly string[] = [],
): CorrectiveActionDecision => ({ ok: false, code, kind, message, missing });

/**
 * Whether the step may be taken now, and the status it leads to. The plan
 * needs the correction, the root cause, the plan, an owner and a due date;
 * implementing it needs evidence of implementation too; the effectiveness
 * review is by a person other than the owner; only an action reviewed as
 * effective closes.
 */
export const decideCorrectiveAction = (
  state: CorrectiveActionState,
  step: CorrectiveActionStep,
  actor: CorrectiveActionActor,
): CorrectiveActionDecision => {
  if (state.status !== FROM[step.type])
    return refuse(
      'CORRECTIVE_ACTION_INVALID_STEP',
      'InvalidState',
      `A corrective action that is ${CORRECTIVE_ACTION_STATUS_LABELS[state.status].toLowerCase()} cannot be ${PAST[step.type]}`,
    );
  if (step.type === 'plan' || step.type === 'implement') {
    const missing = NEEDS[step.type].filter((field) => isBlank(state[field]));
    if (missing.length > 0)
      return refuse(
        'CORRECTIVE_ACTION_INCOMPLETE',
        'Invalid',
        `The corrective action cannot be ${PAST[step.type]} yet: fill in ${missing.join(', ')}`,
        missing,
      );
    return { ok: true, next: step.type === 'plan' ? 'in_progress' : 'awaiting_review' };
  }
  if (step.type === 'review') {
    if (actor.userId === null)
      return refuse(
        'CORRECTIVE_ACTION_REVIEW_BY_OPERATOR',
        'Forbidden',
        'An effectiveness review is a person’s judgement; the command-line operator cannot make it',
      );
    if (actor.userId === state.ownerUserId)
      return refuse(
        'CORRECTIVE_ACTION_REVIEW_BY_OWNER',
        'Forbidden',
        'The owner of a corrective action does not review its effectiveness; someone else must',
      );
    if (step.note.trim() === '')
      return refuse(
        'CORRECTIVE_ACTION_INCOMPLETE',
        'Invalid',
        'Say what the effectiveness review looked at and found',
        ['note'],
      );
    return { ok: true, next: step.isEffective ? 'effective' : 'in_progress' };
  }
  return { ok: true, next: 'closed' };
};

/**
 * Whether the action is late on `today` (YYYY-MM-DD): its due date has
 * passed and it is still being planned or carried out. Once implemented it
 * waits on the reviewer, not on its owner.
 */
export const isCorrectiveActionOverdue = (
  state: Pick<CorrectiveActionState, 'status' | 'dueDate'>,
  today: string,
): boolean =>
  (state.status === 'planning' || state.status === 'in_progress') &&
  state.dueDate !== null &&
  state.dueDate < today;

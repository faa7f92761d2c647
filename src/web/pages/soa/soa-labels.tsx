/** The words and badges of the Statement of Applicability in the UI. */
import { Badge } from '@mantine/core';
import { WHOLE_BADGE } from '../risks/risk-badges.js';
import type { SoaApplicability, SoaImplementationStatus } from './soa-queries.js';

export const APPLICABILITY_LABELS: Readonly<Record<SoaApplicability, string>> = {
  undecided: 'Undecided',
  applicable: 'Applicable',
  not_applicable: 'Not applicable',
};

const APPLICABILITY_COLORS: Readonly<Record<SoaApplicability, string>> = {
  undecided: 'gray',
  applicable: 'teal',
  not_applicable: 'dark',
};

export const STATUS_LABELS: Readonly<Record<SoaImplementationStatus, string>> = {
  not_started: 'Not started',
  planned: 'Planned',
  partially_implemented: 'Partially implemented',
  implemented: 'Implemented',
};

const STATUS_COLORS: Readonly<Record<SoaImplementationStatus, string>> = {
  not_started: 'gray',
  planned: 'blue',
  partially_implemented: 'indigo',
  implemented: 'teal',
};

export const COMPARED_FIELD_LABELS: Readonly<Record<string, string>> = {
  applicability: 'applicability',
  justification: 'justification',
  implementationStatus: 'implementation status',
  ownerUserId: 'owner',
  reviewDate: 'review date',
};

export const VERSION_STATUS_LABELS: Readonly<Record<string, string>> = {
  draft: 'Draft',
  in_review: 'In review',
  approved: 'Approved',
  superseded: 'Superseded',
};

export const ApplicabilityBadge = ({ value }: { value: SoaApplicability }) => (
  <Badge color={APPLICABILITY_COLORS[value]} styles={WHOLE_BADGE}>
    {APPLICABILITY_LABELS[value]}
  </Badge>
);

export const StatusBadge = ({ value }: { value: SoaImplementationStatus }) => (
  <Badge color={STATUS_COLORS[value]} styles={WHOLE_BADGE}>
    {STATUS_LABELS[value]}
  </Badge>
);

export const ReviewDueBadge = () => (
  <Badge variant="light" color="red" styles={WHOLE_BADGE}>
    Review due
  </Badge>
);

export const labelOptions = <K extends string>(labels: Readonly<Record<K, string>>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

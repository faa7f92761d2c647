/** The sections an impact assessment is read and edited by, each with the content fields it holds. */
import type { ContentField } from './impact-form-values.js';

export type SectionId =
  'scope' | 'system' | 'technical' | 'parties' | 'impacts' | 'measures' | 'review';

export interface ImpactSection {
  readonly id: SectionId;
  readonly title: string;
  readonly fields: readonly ContentField[];
}

export const IMPACT_SECTIONS: readonly ImpactSection[] = [
  { id: 'scope', title: 'Scope and trigger', fields: ['scope', 'trigger'] },
  {
    id: 'system',
    title: 'The system and its uses',
    fields: ['systemDescription', 'purpose', 'intendedUses', 'foreseeableMisuse'],
  },
  {
    id: 'technical',
    title: 'Data, model and deployment',
    fields: ['dataAndDataQuality', 'algorithmAndModel', 'deploymentEnvironment'],
  },
  { id: 'parties', title: 'Interested parties affected', fields: ['interestedParties'] },
  { id: 'impacts', title: 'Impacts', fields: ['impacts'] },
  { id: 'measures', title: 'Measures', fields: ['measures'] },
  {
    id: 'review',
    title: 'Thresholds, review and retention',
    fields: ['thresholds', 'nextReviewDate', 'retention'],
  },
];

/** The section a field belongs to, for an issue path such as `impacts.2.severity`. */
export const sectionOfField = (path: string): ImpactSection | undefined => {
  const head = path.split('.')[0];
  return IMPACT_SECTIONS.find((section) => section.fields.some((field) => field === head));
};

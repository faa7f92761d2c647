/**
 * The AI roles (ISO/IEC 22989) for the pages that are not yet below a
 * RegistersGate: the scope and the documents. Register pages read these
 * names from the AI systems register's declaration instead.
 */
import type { Schemas } from '../api/client.js';

export { oneOf, optionsOf, someOf } from './label-options.js';

export type AiRole = Schemas['AiSystem']['aiRoles'][number];

export const AI_ROLE_LABELS: Readonly<Record<AiRole, string>> = {
  ai_provider: 'AI provider',
  ai_producer: 'AI producer',
  ai_customer: 'AI customer',
  ai_partner: 'AI partner',
  ai_subject: 'AI subject',
  relevant_authority: 'Relevant authority',
};

/** AI system impact assessment (ISO/IEC 42001 6.1.4, 8.4 and A.5; ISO/IEC 42005). */
export * from './impact-values.js';
export * from './impact-assessment.js';
export { ID_MAX, MAX_IMPACTS, MAX_INTERESTED_PARTIES, MAX_MEASURES } from './impact-items.js';
export * from './impact-approval.js';
export * from './impact-diff.js';
export * from './impact-profile.js';
export * from './harm-to-risk.js';
export * from './impact-version.js';

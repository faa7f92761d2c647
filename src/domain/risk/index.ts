/**
 * AI risk management (ISO/IEC 42001 clauses 6.1.1–6.1.3, 8.2 and 8.3): risk
 * criteria, scoring, the risk and its treatment actions, acceptance of
 * residual risk, closing rules, the treatment plan, the heat map and the
 * organization's own controls.
 */
export * from './acceptance.js';
export * from './criteria.js';
export * from './criteria-diff.js';
export * from './criteria-version.js';
export * from './default-criteria.js';
export * from './heat-map-counts.js';
export * from './organization-control.js';
export * from './risk-rules.js';
export * from './risk.js';
export * from './scoring.js';
export * from './treatment-action.js';
export * from './treatment-plan.js';

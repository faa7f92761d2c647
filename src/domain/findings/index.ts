/**
 * Findings and corrective actions (ISO/IEC 42001 clause 10.2): one model for
 * the organization's internal audits and the certification body's audits.
 */
export * from './corrective-action.js';
export * from './finding.js';

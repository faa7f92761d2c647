/**
 * Internal audit (ISO/IEC 42001 clause 9.2): the programme's coverage of
 * clauses 4–10 and the applicable Annex A controls, and the auditor's
 * independence from what they audit.
 */
export * from './auditor-independence.js';
export * from './programme-coverage.js';

/** How the SoA's exports name a piece of evidence linked to a control. */
import { EVIDENCE_FRESHNESS_LABELS } from '../domain/evidence/freshness.js';
import type { SoaEvidenceLink } from '../domain/soa/index.js';

/** "Model card v3 [fresh, 2026-11-02, SHA-256 1a2b3c4d…]": what an auditor samples by. */
export const evidenceText = (item: SoaEvidenceLink): string =>
  `${item.title} v${item.version} [${EVIDENCE_FRESHNESS_LABELS[item.freshness].toLowerCase()}, ${item.evidenceDate}${item.validUntil ? `, valid until ${item.validUntil}` : ''}${item.sha256 ? `, SHA-256 ${item.sha256.slice(0, 12)}…` : ''}]`;

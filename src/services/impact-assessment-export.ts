/**
 * An impact assessment version as the PDF the organization keeps as its
 * documented result (ISO/IEC 42001 6.1.4, 8.4 and A.5.3): people appear by
 * name, the file is named after the AI system and the version.
 */
import type { ImpactAssessmentVersion } from '../domain/impact/index.js';
import type { Executor } from '../storage/database.js';
import { listMembers } from '../storage/organization.repository.js';
import { findUserById } from '../storage/user.repository.js';
import { impactAssessmentPdf } from './pdf/impact-assessment-pdf.js';
import type { PdfFile } from './pdf/pdf-document.js';

export type ImpactAssessmentPdfFile = PdfFile;

/** Lower-case ASCII words joined by hyphens, for a file name: "Claims Triage (v2)" → "claims-triage-v2". */
export const slugOf = (name: string): string => {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? 'ai-system' : slug;
};

export const impactAssessmentFileName = (aiSystemName: string, version: number) =>
  `impact-assessment-${slugOf(aiSystemName)}-v${version}.pdf`;

/** A person's name: a member's from the list, else the account's (they may have left). */
const nameOf = async (db: Executor, names: ReadonlyMap<string, string>, userId: string | null) => {
  if (userId === null) return null;
  return names.get(userId) ?? (await findUserById(db, userId))?.name ?? null;
};

export const renderImpactAssessmentPdf = async (
  db: Executor,
  input: {
    readonly organizationName: string;
    readonly aiSystemName: string;
    readonly version: ImpactAssessmentVersion;
    readonly generatedAt: string;
  },
): Promise<ImpactAssessmentPdfFile> => {
  const { version } = input;
  const members = await listMembers(db, version.organizationId);
  const names = new Map(members.map((member) => [member.userId, member.name]));
  const content = await impactAssessmentPdf({
    organizationName: input.organizationName,
    aiSystemName: input.aiSystemName,
    version: version.version,
    status: version.status,
    preparedBy: (await nameOf(db, names, version.authorUserId)) ?? '—',
    approvedBy: await nameOf(db, names, version.approvedByUserId),
    approvedAt: version.approvedAt,
    content: version.content,
    generatedAt: input.generatedAt,
    userNames: Object.fromEntries(names),
  });
  return {
    fileName: impactAssessmentFileName(input.aiSystemName, version.version),
    contentType: 'application/pdf',
    content,
  };
};

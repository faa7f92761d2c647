/**
 * Downloads the audit-trail entries the filters match (CSV or XLSX) with the
 * session cookie, keeping the server's file name; a refusal (too many
 * entries) becomes the usual ApiError.
 */
import { ApiError, toApiError } from '../api/client.js';
import { auditQueryOf } from './audit-log-query.js';
import type { AuditFilters } from './audit-log-query.js';

export type AuditExportFormat = 'csv' | 'xlsx';

const fileNameOf = (response: Response, fallback: string): string => {
  const header = response.headers.get('content-disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header);
  return match?.[1] !== undefined ? decodeURIComponent(match[1]) : fallback;
};

export const downloadAuditExport = async (
  orgId: string,
  filters: AuditFilters,
  format: AuditExportFormat,
): Promise<string> => {
  const query = new URLSearchParams({ ...auditQueryOf(filters), format });
  let response: Response;
  try {
    response = await fetch(
      `/api/v1/orgs/${encodeURIComponent(orgId)}/audit-log/export?${query.toString()}`,
      { credentials: 'same-origin' },
    );
  } catch {
    throw new ApiError(
      0,
      'NETWORK_ERROR',
      'The server cannot be reached. Check your connection and try again.',
    );
  }
  if (!response.ok) throw toApiError(response, await response.json().catch(() => null));
  const fileName = fileNameOf(response, `audit-trail.${format}`);
  const url = URL.createObjectURL(await response.blob());
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return fileName;
};

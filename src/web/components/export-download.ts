/**
 * Downloads a register export (CSV or XLSX) with the session cookie, keeping
 * the server's file name, and turns a refusal into the usual ApiError.
 */
import { ApiError, toApiError } from '../api/client.js';
import type { paths } from '../api/schema.js';

/** Registers the API can export: the `<register>` of `/api/v1/orgs/{orgId}/<register>/export`. */
export type ExportRegister = keyof paths extends infer Path
  ? Path extends `/api/v1/orgs/{orgId}/${infer Register}/export`
    ? Register
    : never
  : never;

export type ExportFormat = 'csv' | 'xlsx';

export const exportUrl = (orgId: string, register: ExportRegister, format: ExportFormat): string =>
  `/api/v1/orgs/${encodeURIComponent(orgId)}/${register}/export?format=${format}`;

/** `attachment; filename="ai-systems.csv"` → `ai-systems.csv`. */
const fileNameOf = (response: Response, fallback: string): string => {
  const header = response.headers.get('content-disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header);
  return match?.[1] !== undefined ? decodeURIComponent(match[1]) : fallback;
};

const saveBlob = (blob: Blob, fileName: string) => {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Give the browser a moment to start the download before the URL goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/** Fetches the export and saves it; resolves with the file name. */
export const downloadExport = async (
  orgId: string,
  register: ExportRegister,
  format: ExportFormat,
): Promise<string> => {
  let response: Response;
  try {
    response = await fetch(exportUrl(orgId, register, format), { credentials: 'same-origin' });
  } catch {
    throw new ApiError(
      0,
      'NETWORK_ERROR',
      'The server cannot be reached. Check your connection and try again.',
    );
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    throw toApiError(response, body);
  }
  const fileName = fileNameOf(response, `${register}.${format}`);
  saveBlob(await response.blob(), fileName);
  return fileName;
};

/**
 * Downloads a register export or a blank import file (CSV or XLSX) with the session cookie, keeping
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

/** Registers with a blank import file: the `<register>` of `/api/v1/orgs/{orgId}/<register>/import-template`. */
export type TemplateRegister = keyof paths extends infer Path
  ? Path extends `/api/v1/orgs/{orgId}/${infer Register}/import-template`
    ? Register
    : never
  : never;

export const templateUrl = (
  orgId: string,
  register: TemplateRegister,
  format: ExportFormat,
): string =>
  `/api/v1/orgs/${encodeURIComponent(orgId)}/${register}/import-template?format=${format}`;

/** Fetches the export and saves it; resolves with the file name. */
export const downloadExport = (
  orgId: string,
  register: ExportRegister,
  format: ExportFormat,
): Promise<string> => downloadFile(exportUrl(orgId, register, format), `${register}.${format}`);

/** Fetches the blank import file and saves it; resolves with the file name. */
export const downloadTemplate = (
  orgId: string,
  register: TemplateRegister,
  format: ExportFormat,
): Promise<string> =>
  downloadFile(templateUrl(orgId, register, format), `${register}-import-template.${format}`);

/** Fetches any file of the API with the session cookie and saves it under the server's name; resolves with that name. */
export const downloadFile = async (url: string, fallbackName: string): Promise<string> => {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
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
  const fileName = fileNameOf(response, fallbackName);
  saveBlob(await response.blob(), fileName);
  return fileName;
};

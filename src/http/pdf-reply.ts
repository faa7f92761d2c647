/** Sending a PDF the services rendered as a download, and its place in the OpenAPI document. */
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { PdfFile } from '../services/pdf/pdf-document.js';

const Binary = z.string().meta({ format: 'binary' });

/** The 200 response of a route that answers with a PDF. */
export const pdfResponse = (description: string) => ({
  description,
  content: { 'application/pdf': { schema: Binary } },
});

/**
 * Sends the PDF as a download. Takes the plain reply: the typed one only
 * admits the JSON shapes of the route's schemas. File names are ASCII slugs.
 */
export const sendPdf = (reply: FastifyReply, file: PdfFile) =>
  reply
    .header('content-type', file.contentType)
    .header('content-length', String(file.content.byteLength))
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'private, no-store')
    .send(file.content);

/**
 * Writes the browser client's types to src/web/api/schema.d.ts from the
 * OpenAPI document of the route schemas (openapi-typescript).
 * Run after changing any route schema: npm run gen:api.
 */
import { writeFileSync } from 'node:fs';
import { API_TYPES_FILE, generateApiTypes } from './api-types.js';

writeFileSync(API_TYPES_FILE, await generateApiTypes());
process.stdout.write('Wrote src/web/api/schema.d.ts\n');

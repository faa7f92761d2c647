/** What every resource folder exports: its routes as a Fastify plugin over the services. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../services/index.js';

export type RoutePlugin = (services: Services) => FastifyPluginAsyncZod;

/**
 * What every register's routes share: the list query's paging, search and
 * sort; the page that comes back with the actions the caller may take on the
 * register; and the actions on each row.
 */
import { z } from 'zod';
import { LIST_ACTIONS, RECORD_ACTIONS } from '../domain/register/register-actions.js';
import { MAX_PAGE_SIZE, SORT_DIRECTIONS } from '../domain/register/list-query.js';
import { Timestamp } from './schemas.js';

/** Paging and search of every register list. */
export const registerListFields = {
  search: z
    .string()
    .max(200)
    .refine((text) => !text.includes('\u0000'), 'must not contain the NUL character')
    .optional(),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
};

/** The sort of a register list: one of its fields, ascending unless said. */
export const registerSortFields = <F extends readonly [string, ...string[]]>(
  fields: F,
  description: string,
) => ({
  sort: z.enum(fields).optional().describe(description),
  direction: z.enum(SORT_DIRECTIONS).optional(),
});

/** The list query of a register: its own filters, then paging and a described search. */
export const registerListQuery = <S extends z.ZodRawShape>(filters: S, searchDescription: string) =>
  z.strictObject({
    ...filters,
    ...registerListFields,
    search: registerListFields.search.describe(searchDescription),
  });

export const AvailableActions = z
  .array(z.enum(RECORD_ACTIONS))
  .describe('What the caller may do with this row');

/** The fields that close every register row: when it was made and changed, and what the caller may do. */
export const registerRowEnd = {
  createdAt: Timestamp,
  updatedAt: Timestamp,
  availableActions: AvailableActions,
};

export const ListAvailableActions = z
  .array(z.enum(LIST_ACTIONS))
  .describe('What the caller may do with the register: add rows, import a file, export');

/** One page of a register, with what the caller may do with the register as a whole. */
export const registerPageOf = <T extends z.ZodType>(item: T, extras: z.ZodRawShape = {}) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    availableActions: ListAvailableActions,
    ...extras,
  });

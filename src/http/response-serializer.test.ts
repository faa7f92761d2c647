import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { responseSerializerCompiler } from './response-serializer.js';

const Item = z.object({
  id: z.string(),
  note: z.string().nullable(),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  tags: z.array(z.string()),
  state: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('open') }),
    z.object({ kind: z.literal('closed'), at: z.string() }),
  ]),
});
const Page = z.object({ items: z.array(Item), total: z.number().int() });

const compile = (validate: boolean) =>
  responseSerializerCompiler({ validate })({ schema: Page, method: 'GET', url: '/x' });

const record = {
  id: 'a',
  note: null,
  owner: { id: 'u', name: 'Ana', passwordHash: 'secret' },
  tags: ['x'],
  state: { kind: 'closed', at: '2026-12-01', reason: 'internal' },
  tokenHash: 'secret',
};

describe('answers written from their response schema', () => {
  it('writes only the fields the schema names, at every depth and in union branches', () => {
    const written = compile(false)({ items: [record], total: 1, extra: true });
    expect(JSON.parse(written)).toEqual({
      items: [
        {
          id: 'a',
          note: null,
          owner: { id: 'u', name: 'Ana' },
          tags: ['x'],
          state: { kind: 'closed', at: '2026-12-01' },
        },
      ],
      total: 1,
    });
    expect(written).not.toContain('secret');
  });

  it('writes nullable objects and texts either way', () => {
    const written = compile(false)({
      items: [{ ...record, note: 'n', owner: null, state: { kind: 'open' } }],
      total: 1,
    });
    expect(JSON.parse(written)).toMatchObject({
      items: [{ note: 'n', owner: null, state: { kind: 'open' } }],
    });
  });

  it('checks the answer against its zod schema when asked, and refuses one that drifted', () => {
    const drifted = { items: [{ ...record, tags: 'x' }], total: 1 };
    expect(() => compile(true)(drifted)).toThrow();
    expect(() => compile(true)({ items: [record], total: 1 })).not.toThrow();
  });
});

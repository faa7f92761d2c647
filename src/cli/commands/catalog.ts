/** aims catalog [search] */
import type { Command } from 'commander';
import { CATALOG } from '../../domain/catalog/index.js';
import { createOutput, table, wantsJson } from '../output.js';

const matches = (search: string | undefined, ...texts: string[]) =>
  !search || texts.some((text) => text.toLowerCase().includes(search.toLowerCase()));

export const registerCatalogCommand = (program: Command) => {
  program
    .command('catalog')
    .description('show the ISO/IEC 42001:2023 catalog (clauses 4–10, Annex A, Annex C)')
    .argument('[search]', 'only entries whose id, title or description contain this text')
    .action((search: string | undefined, _options, command: Command) => {
      const clauses = CATALOG.clauses.filter(
        (c) => c.isLeaf && matches(search, c.id, c.title, c.description),
      );
      const controls = CATALOG.annexA.controls.filter((c) =>
        matches(search, c.id, c.title, c.description),
      );
      const value = search
        ? { ...CATALOG, clauses, annexA: { ...CATALOG.annexA, controls } }
        : CATALOG;
      createOutput(wantsJson(command)).data(value, () =>
        [
          `${CATALOG.standard} (catalog data ${CATALOG.version})`,
          table(
            ['clause', 'title', 'documented information'],
            clauses.map((c) => [c.id, c.title, c.isLeaf ? c.documentedInformation : '']),
          ),
          table(
            ['control', 'title'],
            controls.map((c) => [c.id, c.title]),
          ),
        ].join('\n'),
      );
    });
};

/** Clauses 4–10 as a tree: top-level clauses, sub-clauses indented. */
import { Divider, Paper } from '@mantine/core';
import { Fragment } from 'react';
import type { Clause } from './catalog-query.js';
import type { ClauseRow } from './catalog-search.js';
import { CatalogEntry, Fact } from './catalog-entry.js';

const DOCUMENTED_INFORMATION: Readonly<
  Record<NonNullable<Clause['documentedInformation']>, string | null>
> = {
  maintain: 'Documented information: maintain',
  retain: 'Documented information: retain',
  maintain_and_retain: 'Documented information: maintain and retain',
  meta: 'Governs documented information',
  none: null,
};

const factsOf = (clause: Clause) => {
  const documented =
    clause.documentedInformation === undefined
      ? null
      : DOCUMENTED_INFORMATION[clause.documentedInformation];
  const facts = [
    documented && (
      <Fact key="doc" color="violet">
        {documented}
      </Fact>
    ),
    clause.aliases.length > 0 && <Fact key="aka">Also known as: {clause.aliases.join(', ')}</Fact>,
  ].filter(Boolean);
  return facts.length > 0 ? facts : undefined;
};

export const ClauseList = ({
  rows,
  terms,
}: {
  rows: readonly ClauseRow[];
  terms: readonly string[];
}) => (
  <Paper px="lg" py="xs">
    {rows.map(({ clause, depth, isResult }, index) => (
      <Fragment key={clause.id}>
        {index > 0 && depth === 0 && <Divider my="xs" />}
        <CatalogEntry
          id={clause.id}
          title={clause.title}
          text={clause.description}
          terms={terms}
          order={depth === 0 ? 3 : 4}
          facts={factsOf(clause)}
          isContext={!isResult}
          indent={depth}
        />
      </Fragment>
    ))}
  </Paper>
);

/**
 * The documented information of ISO/IEC 42001, with the clause asking for
 * it, whether it is maintained (a document) or retained (a record), and
 * whether a clause requires it or it is recommended.
 */
import { Paper } from '@mantine/core';
import type { RequiredDocument } from './catalog-query.js';
import { CatalogEntry, Fact } from './catalog-entry.js';

const factsOf = (document: RequiredDocument) => [
  <Fact key="necessity" color={document.necessity === 'required' ? 'indigo' : 'gray'}>
    {document.necessity === 'required' ? 'Required' : 'Recommended'}
  </Fact>,
  <Fact key="type" color={document.type === 'document' ? 'blue' : 'teal'}>
    {document.type === 'document' ? 'Document (maintained)' : 'Record (retained)'}
  </Fact>,
  <Fact key="clause">Clause {document.clauseId}</Fact>,
  ...(document.relatedClauseIds.length > 0
    ? [<Fact key="related">Also {document.relatedClauseIds.join(', ')}</Fact>]
    : []),
  ...(document.relatedControlIds.length > 0
    ? [<Fact key="controls">Controls {document.relatedControlIds.join(', ')}</Fact>]
    : []),
];

export const DocumentList = ({
  documents,
  terms,
}: {
  documents: readonly RequiredDocument[];
  terms: readonly string[];
}) => (
  <Paper px="lg" py="xs">
    {documents.map((document) => (
      <CatalogEntry
        key={document.id}
        id={document.id}
        title={document.title}
        text={document.notes}
        terms={terms}
        order={3}
        facts={factsOf(document)}
      />
    ))}
  </Paper>
);

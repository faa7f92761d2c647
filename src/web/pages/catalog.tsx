/**
 * The ISO/IEC 42001 catalog: clauses, Annex A controls, Annex C and the
 * mandatory documented information, filtered as you type.
 */
import { Badge, EmptyState, Group, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import type { ReactNode } from 'react';
import { ErrorState } from '../components/error-state.js';
import { PageHeader } from '../components/page-header.js';
import { SearchBox } from '../components/search-box.js';
import { usePageSearchParams } from '../components/use-page-search-params.js';
import { useUrlText } from '../components/use-url-text.js';
import { AnnexCList } from './catalog/annex-c-list.js';
import { catalogQuery } from './catalog/catalog-query.js';
import { searchCatalog, searchTerms } from './catalog/catalog-search.js';
import type { CatalogResults } from './catalog/catalog-search.js';
import { ClauseList } from './catalog/clause-list.js';
import { ControlList } from './catalog/control-list.js';
import { DocumentList } from './catalog/document-list.js';

const TABS = ['all', 'clauses', 'controls', 'annex-c', 'documents'] as const;
type Tab = (typeof TABS)[number];
const isTab = (value: string | null): value is Tab => TABS.includes(value as Tab);

interface Section {
  readonly tab: Exclude<Tab, 'all'>;
  readonly title: string;
  /** What the section lists, for "Nothing in … matches". */
  readonly noun: string;
  readonly count: number;
  readonly body: ReactNode;
}

const sectionsOf = (results: CatalogResults, terms: readonly string[]): Section[] => [
  {
    tab: 'clauses',
    title: 'Clauses 4–10',
    noun: 'clauses 4–10',
    count: results.clauseCount,
    body: <ClauseList rows={results.clauses} terms={terms} />,
  },
  {
    tab: 'controls',
    title: 'Annex A controls',
    noun: 'the Annex A controls',
    count: results.controlCount,
    body: <ControlList groups={results.groups} terms={terms} />,
  },
  {
    tab: 'annex-c',
    title: 'Annex C objectives and risk sources',
    noun: 'Annex C',
    count: results.objectives.length + results.riskSources.length,
    body: (
      <AnnexCList objectives={results.objectives} riskSources={results.riskSources} terms={terms} />
    ),
  },
  {
    tab: 'documents',
    title: 'Required documented information',
    noun: 'the required documented information',
    count: results.documents.length,
    body: <DocumentList documents={results.documents} terms={terms} />,
  },
];

const SectionBody = ({ section, query }: { section: Section; query: string }) =>
  section.count === 0 ? (
    <Text c="dimmed" size="sm" py="sm">
      Nothing in {section.noun} matches “{query}”.
    </Text>
  ) : (
    section.body
  );

const CatalogSkeleton = () => (
  <Stack gap="sm" aria-hidden>
    {Array.from({ length: 6 }, (_, index) => (
      <Skeleton key={index} height={64} radius="md" />
    ))}
  </Stack>
);

export const CatalogPage = () => {
  const catalog = useQuery(catalogQuery);
  const [params, setParams] = usePageSearchParams();
  const search = useUrlText(params.get('q') ?? '', (value) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      if (value.trim() === '') updated.delete('q');
      else updated.set('q', value);
      return updated;
    }),
  );
  const query = search.text;
  const tabParam = params.get('tab');
  const tab: Tab = isTab(tabParam) ? tabParam : 'all';
  const deferredQuery = useDeferredValue(query);
  const terms = useMemo(() => searchTerms(deferredQuery), [deferredQuery]);
  const results = useMemo(
    () => (catalog.data ? searchCatalog(catalog.data, terms) : undefined),
    [catalog.data, terms],
  );

  const changeQuery = (value: string) => {
    search.setText(value);
    search.commit(value);
  };

  const sections = results ? sectionsOf(results, terms) : [];
  const isSearching = terms.length > 0;
  // "All" while searching lists only the sections with matches; a chosen tab always shows itself.
  const shown =
    tab === 'all'
      ? sections.filter((section) => !isSearching || section.count > 0)
      : sections.filter((section) => section.tab === tab);

  return (
    <>
      <PageHeader
        title="ISO/IEC 42001 catalog"
        description="Clauses 4–10, the Annex A controls with their objectives, Annex C objectives and risk sources, and the documented information the standard makes mandatory. Descriptions are our own summaries, not the text of the standard."
      />
      <Stack gap="md">
        <SearchBox
          label="Search the catalog"
          placeholder="Id, title or words, e.g. A.6.2.8, impact assessment, event logs"
          value={query}
          onChange={changeQuery}
        />
        <Text size="sm" c="dimmed" role="status" aria-live="polite">
          {results === undefined
            ? 'Loading the catalog…'
            : isSearching
              ? `${results.total} ${results.total === 1 ? 'result' : 'results'} for “${deferredQuery.trim()}”`
              : `${results.total} entries`}
        </Text>
        {catalog.isError && (
          <ErrorState error={catalog.error} onRetry={() => void catalog.refetch()} />
        )}
        {catalog.isPending && <CatalogSkeleton />}
        {results && (
          <Tabs
            value={tab}
            onChange={(value) => {
              if (isTab(value)) setParams((current) => withTab(current, value));
            }}
            keepMounted={false}
          >
            <Tabs.List mb="md">
              <Tabs.Tab value="all">
                <TabLabel label="All" count={results.total} />
              </Tabs.Tab>
              {sections.map((section) => (
                <Tabs.Tab key={section.tab} value={section.tab}>
                  <TabLabel label={TAB_LABELS[section.tab]} count={section.count} />
                </Tabs.Tab>
              ))}
            </Tabs.List>
            <Tabs.Panel value={tab}>
              {results.total === 0 ? (
                <EmptyState
                  title="No matches"
                  description={`Nothing in the catalog matches “${deferredQuery.trim()}”. Try fewer words, a control id such as A.6.2.8, or a clause number such as 6.1.`}
                />
              ) : (
                <Stack gap="xl">
                  {shown.map((section) => (
                    <section key={section.tab} aria-labelledby={`catalog-${section.tab}`}>
                      <Title order={2} fz="xl" mb="sm" id={`catalog-${section.tab}`}>
                        {section.title}
                      </Title>
                      <SectionBody section={section} query={deferredQuery.trim()} />
                    </section>
                  ))}
                </Stack>
              )}
            </Tabs.Panel>
          </Tabs>
        )}
      </Stack>
    </>
  );
};

const TAB_LABELS: Readonly<Record<Exclude<Tab, 'all'>, string>> = {
  clauses: 'Clauses',
  controls: 'Annex A',
  'annex-c': 'Annex C',
  documents: 'Required documents',
};

const withTab = (current: URLSearchParams, tab: Tab): URLSearchParams => {
  const updated = new URLSearchParams(current);
  if (tab === 'all') updated.delete('tab');
  else updated.set('tab', tab);
  return updated;
};

const TabLabel = ({ label, count }: { label: string; count: number }) => (
  <Group gap={6} wrap="nowrap">
    <span>{label}</span>
    <Badge size="sm" variant="light" color={count === 0 ? 'gray' : 'indigo'} circle={count < 10}>
      {count}
    </Badge>
  </Group>
);

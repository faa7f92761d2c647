/**
 * The AI risk register (clauses 6.1.2, 6.1.3, 8.2, 8.3): the heat map of the
 * open risks above the list of every risk and opportunity, with its filters,
 * sort and pages in the URL. A cell of the map filters the list to its risks
 * (shown as a chip that removes it); a row opens the risk's page.
 */
import { Badge, Button, CloseButton, Group, Paper, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '../../components/error-state.js';
import { ExportMenu } from '../../components/export-menu.js';
import { lazyDialog } from '../../components/lazy-dialog.js';
import { PageHeader } from '../../components/page-header.js';
import { orgPath, useCurrentOrg } from '../../orgs/current-org.js';
import { ListEmpty, emptyReasonOf } from '../../registers/list-empty.js';
import { RegisterFilters } from '../../registers/register-filters.js';
import { RegisterPagination } from '../../registers/register-pagination.js';
import { RegisterTable } from '../../registers/register-table.js';
import { useRegisterView } from '../../registers/use-register-view.js';
import { useRiskColumns } from './risk-columns.js';
import { RiskHeatMapPanel } from './risk-heat-map.js';
import { RiskTrendPanel } from './risk-trend-panel.js';
import { RISK_FILTERS, cellFilterChange, cellFilterOf, riskListCodec } from './risk-list-params.js';
import type { CellFilter } from './risk-list-params.js';
import { riskHeatMapQuery } from './risk-queries.js';

const ADD_FORM = lazyDialog(() =>
  import('./risk-form-modal.js').then((module) => module.RiskFormModal),
);

const FILTER_LOOKS = {
  kind: { placeholder: 'All kinds', width: 140 },
  status: { placeholder: 'Any status', width: 150 },
  treatmentOption: { placeholder: 'Any option', width: 140 },
};

/** The chosen heat-map cell in words, as the chip above the list shows it. */
const CellChip = ({
  orgId,
  cell,
  onRemove,
}: {
  orgId: string;
  cell: CellFilter;
  onRemove: () => void;
}) => {
  const criteria = useQuery(riskHeatMapQuery(orgId)).data?.criteria;
  const label = (steps: { value: number; label: string }[] | undefined, value: number) =>
    steps?.find((step) => step.value === value)?.label ?? '';
  const grid = cell.grid === 'inherent' ? 'Inherent' : 'Residual';
  const text = `${grid} cell: likelihood ${cell.likelihood} ${label(criteria?.likelihood, cell.likelihood)}, consequence ${cell.consequence} ${label(criteria?.consequence, cell.consequence)}`;
  return (
    <Group gap="xs">
      <Badge
        size="lg"
        variant="light"
        color="indigo"
        styles={{
          root: { maxWidth: 'none', textTransform: 'none' },
          label: { overflow: 'visible' },
        }}
        rightSection={
          <CloseButton
            size="xs"
            aria-label="Remove the heat-map cell filter"
            onClick={onRemove}
            variant="transparent"
            c="inherit"
          />
        }
      >
        {text}
      </Badge>
    </Group>
  );
};

export const RisksPage = () => {
  const orgId = useCurrentOrg().organization.id;
  const view = useRegisterView(orgId, 'risks', riskListCodec);
  const { params, list, update, sort } = view;
  const columns = useRiskColumns(orgId);
  const [adding, { open: openAdd, close: closeAdd }] = useDisclosure(false);
  const cell = cellFilterOf(params);
  const selectCell = (next: CellFilter | null) => update(cellFilterChange(params, next));
  const addButton = view.may('create') ? (
    <Button onClick={openAdd} onMouseEnter={ADD_FORM.preload} onFocus={ADD_FORM.preload}>
      Add risk
    </Button>
  ) : undefined;
  const exportMenu = view.may('export') ? (
    <ExportMenu
      orgId={orgId}
      sources={[{ register: 'risks', label: 'AI risks' }]}
      reports={[
        {
          label: 'Risk report with heat maps and trend (.pdf)',
          url: `/api/v1/orgs/${encodeURIComponent(orgId)}/risks/report.pdf`,
          fallbackName: 'ai-risk-report.pdf',
        },
      ]}
    />
  ) : undefined;
  const emptyReason = emptyReasonOf(list.data, riskListCodec.hasFilters(params));
  return (
    <>
      <PageHeader
        title="AI risks"
        description="The risks and opportunities of the organization’s AI systems: how likely and how serious each is against the approved risk criteria, how it is treated, what is left after treatment and who accepted it."
        actions={
          <Group gap="sm">
            {exportMenu}
            {addButton}
          </Group>
        }
      />
      <Stack gap="lg">
        <RiskHeatMapPanel orgId={orgId} selected={cell} onSelect={selectCell} />
        <Stack gap="md">
          <RegisterFilters
            orgId={orgId}
            filters={RISK_FILTERS}
            looks={FILTER_LOOKS}
            search={{ label: 'Search AI risks', placeholder: 'Statement or description' }}
            params={params}
            onChange={update}
          />
          {cell && <CellChip orgId={orgId} cell={cell} onRemove={() => selectCell(null)} />}
          {list.isError ? (
            <ErrorState error={list.error} onRetry={() => void list.refetch()} />
          ) : (
            <Paper p={0} style={{ overflow: 'hidden' }}>
              {emptyReason ? (
                <ListEmpty
                  reason={emptyReason}
                  noun="AI risks"
                  noneDescription="Record what could go wrong with your AI systems — or what they could do better — score it against the risk criteria, and plan its treatment."
                  addButton={addButton}
                  onClearFilters={() => update(riskListCodec.noFilters)}
                  onFirstPage={() => update({ page: 1 })}
                />
              ) : (
                <RegisterTable
                  label="AI risks"
                  columns={columns}
                  items={list.data?.items}
                  rowKey={(risk) => risk.id}
                  rowHref={(risk) => orgPath(orgId, 'risks', risk.id)}
                  params={params}
                  onSort={sort}
                  isRefreshing={list.isPlaceholderData}
                  minWidth={1080}
                />
              )}
            </Paper>
          )}
          {list.data && list.data.total > 0 && (
            <RegisterPagination
              page={params.page}
              pageSize={params.pageSize}
              total={list.data.total}
              emptyText="No AI risks"
              onPage={(page) => update({ page }, { keepPage: true })}
              onPageSize={(pageSize) => update({ pageSize })}
            />
          )}
        </Stack>
        <RiskTrendPanel orgId={orgId} />
      </Stack>
      {view.may('create') && adding && <ADD_FORM.Dialog orgId={orgId} onClose={closeAdd} />}
    </>
  );
};

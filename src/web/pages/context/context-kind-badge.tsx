/** Internal / external, as a small badge; and the climate-relevance marker of an issue. */
import { Badge, Tooltip } from '@mantine/core';
import type { Schemas } from '../../api/client.js';
import { useChoiceLabels } from '../../registers/use-register.js';

type ContextKind = Schemas['ContextIssue']['kind'];

const CONTEXT_KIND_COLORS: Readonly<Record<ContextKind, string>> = {
  internal: 'indigo',
  external: 'cyan',
};

export const ContextKindBadge = ({ kind }: { kind: ContextKind }) => {
  const labelOf = useChoiceLabels('context-issues');
  return <Badge color={CONTEXT_KIND_COLORS[kind]}>{labelOf('kind', kind)}</Badge>;
};

export const ClimateBadge = () => (
  <Tooltip label="Climate change is relevant to this issue (clause 4.1)">
    <Badge color="green" variant="outline" tabIndex={0}>
      Climate-relevant
    </Badge>
  </Tooltip>
);

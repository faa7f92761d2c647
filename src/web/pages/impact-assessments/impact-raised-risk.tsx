/**
 * Where a harm of an impact assessment stands in the risk register: the risk
 * raised from it as a link to the risk, or a button that raises one (for
 * those who may change the AIMS). A refusal stays beside the button.
 */
import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { messageOf } from '../../api/client.js';
import { notifySuccess } from '../../components/notify.js';
import { orgPath, useCan } from '../../orgs/current-org.js';
import type { ImpactItem, ImpactVersion } from './impact-queries.js';
import { useRaiseRiskFromHarm } from './impact-queries.js';

export type RaisedRisk = ImpactVersion['raisedRisks'][number];

/** The risk raised from a harm; focused when it replaces the button just pressed. */
export const RaisedRiskLink = ({
  orgId,
  risk,
  isFocused = false,
}: {
  orgId: string;
  risk: RaisedRisk;
  isFocused?: boolean;
}) => {
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (isFocused) link.current?.focus();
  }, [isFocused]);
  return (
    <Text size="sm" component="div">
      Risk raised:{' '}
      <Anchor ref={link} component={Link} to={orgPath(orgId, 'risks', risk.riskId)} size="sm">
        {risk.statement}
      </Anchor>
    </Text>
  );
};

/** The "Raise risk" button of one harm, or the risk raised from it. */
export const HarmRiskCell = ({
  orgId,
  version,
  impact,
  number,
}: {
  orgId: string;
  version: ImpactVersion;
  impact: ImpactItem;
  /** The impact's number in the table, for the button's accessible name. */
  number: number;
}) => {
  const canWrite = useCan('aims.write');
  const raise = useRaiseRiskFromHarm(orgId, version.id);
  const [isRaisedHere, setRaisedHere] = useState(false);
  const raised = version.raisedRisks.find((risk) => risk.impactId === impact.id);
  if (raised) return <RaisedRiskLink orgId={orgId} risk={raised} isFocused={isRaisedHere} />;
  if (impact.nature !== 'harm' || !canWrite) return null;
  return (
    <Stack gap={4} align="flex-start">
      <Button
        size="xs"
        variant="light"
        aria-label={`Raise risk from impact ${number}`}
        loading={raise.isPending}
        onClick={() =>
          raise.mutate(impact.id, {
            onSuccess: (risk) => {
              setRaisedHere(true);
              notifySuccess(`“${risk.statement}” was added to the AI risks.`);
            },
          })
        }
      >
        Raise risk
      </Button>
      {raise.isError && (
        <Text size="xs" c="red.8" role="alert">
          {messageOf(raise.error)}
        </Text>
      )}
    </Stack>
  );
};

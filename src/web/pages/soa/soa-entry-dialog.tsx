/**
 * Changing the decision about one control in a dialog: applicability,
 * justification, implementation status, owner and, for a not-applicable
 * decision, a review date. The API's refusals show beside their fields; a
 * refusal because a treatment action puts the control in place names the risks.
 */
import { Alert, Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { ApiError, messageOf } from '../../api/client.js';
import { OwnerSelect } from '../../components/prework-owner-select.js';
import { notifySuccess } from '../../components/notify.js';
import { APPLICABILITY_LABELS, STATUS_LABELS, labelOptions } from './soa-labels.js';
import { useUpdateSoaEntry } from './soa-queries.js';
import type { SoaApplicability, SoaDecisionOf, SoaImplementationStatus } from './soa-queries.js';

interface Draft {
  applicability: SoaApplicability;
  justification: string;
  implementationStatus: SoaImplementationStatus;
  ownerUserId: string | null;
  reviewDate: string;
}

const draftOf = (entry: SoaDecisionOf): Draft => ({
  applicability: entry.applicability,
  justification: entry.justification,
  implementationStatus: entry.implementationStatus,
  ownerUserId: entry.ownerUserId,
  reviewDate: entry.reviewDate ?? '',
});

export const SoaEntryDialog = ({
  orgId,
  entry,
  onClose,
}: {
  orgId: string;
  entry: SoaDecisionOf;
  onClose: () => void;
}) => {
  const [draft, setDraft] = useState<Draft>(() => draftOf(entry));
  const [problem, setProblem] = useState<ApiError | Error | null>(null);
  const update = useUpdateSoaEntry(orgId, entry.controlId);
  const issueOf = (field: string) =>
    problem instanceof ApiError
      ? (problem.issues.find((issue) => issue.field === field)?.reason ??
        (problem.field === field ? problem.message : undefined))
      : undefined;
  const isNotApplicable = draft.applicability === 'not_applicable';

  const save = () => {
    setProblem(null);
    update.mutate(
      {
        applicability: draft.applicability,
        justification: draft.justification,
        implementationStatus: draft.implementationStatus,
        ownerUserId: draft.ownerUserId,
        reviewDate: isNotApplicable && draft.reviewDate !== '' ? draft.reviewDate : null,
      },
      {
        onSuccess: () => {
          notifySuccess(`${entry.controlId} saved.`);
          onClose();
        },
        onError: (error) =>
          setProblem(error instanceof Error ? error : new Error(messageOf(error))),
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={`${entry.controlId} ${entry.title}`} size="lg">
      <Stack gap="md">
        {problem && (
          <Alert color="red" variant="light" role="alert" title="Not saved">
            {problem.message}
          </Alert>
        )}
        <Select
          label="Applicability"
          data={labelOptions(APPLICABILITY_LABELS)}
          value={draft.applicability}
          allowDeselect={false}
          onChange={(value) => value && setDraft({ ...draft, applicability: value })}
          error={issueOf('applicability')}
        />
        <Textarea
          label="Justification"
          description="Why the control applies, or why it does not: required both ways before the SoA is approved."
          autosize
          minRows={3}
          value={draft.justification}
          onChange={(event) => setDraft({ ...draft, justification: event.currentTarget.value })}
          error={issueOf('justification')}
        />
        <Select
          label="Implementation status"
          data={labelOptions(STATUS_LABELS)}
          value={draft.implementationStatus}
          allowDeselect={false}
          onChange={(value) => value && setDraft({ ...draft, implementationStatus: value })}
          error={issueOf('implementationStatus')}
        />
        <OwnerSelect
          orgId={orgId}
          value={draft.ownerUserId}
          onChange={(ownerUserId) => setDraft({ ...draft, ownerUserId })}
          error={issueOf('ownerUserId')}
        />
        {isNotApplicable && (
          <TextInput
            type="date"
            label="Review date"
            description="When the not-applicable decision is looked at again (optional)."
            value={draft.reviewDate}
            onChange={(event) => setDraft({ ...draft, reviewDate: event.currentTarget.value })}
            error={issueOf('reviewDate')}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={save} loading={update.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};

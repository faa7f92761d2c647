/**
 * Owners of pre-work records (AI systems, objectives, documents): a Select of
 * the organization's members, and a hook that names a member by user id.
 * The members list has one row per role; people appear once here.
 */
import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { membersQuery } from '../pages/members/member-queries.js';
import { compareNaturally } from './natural-compare.js';

export interface MemberOption {
  readonly value: string;
  readonly label: string;
}

export const useMemberOptions = (orgId: string) => {
  const members = useQuery(membersQuery(orgId));
  const seen = new Set<string>();
  const options: MemberOption[] = [];
  for (const member of members.data ?? []) {
    if (seen.has(member.userId)) continue;
    seen.add(member.userId);
    options.push({ value: member.userId, label: member.name });
  }
  options.sort((a, b) => compareNaturally(a.label, b.label));
  return { options, isLoading: members.isPending };
};

/** "Ada Lovelace", or a neutral text while loading or when the person is no longer a member. */
export const useMemberName = (orgId: string) => {
  const { options, isLoading } = useMemberOptions(orgId);
  return (userId: string | null | undefined): string => {
    if (userId === null || userId === undefined) return '—';
    const option = options.find((entry) => entry.value === userId);
    if (option) return option.label;
    return isLoading ? '…' : 'Former member';
  };
};

interface OwnerSelectProps {
  readonly orgId: string;
  readonly label?: string;
  readonly description?: string;
  readonly value: string | null;
  readonly onChange: (userId: string | null) => void;
  readonly error?: string | undefined;
}

export const OwnerSelect = ({
  orgId,
  label = 'Owner',
  description,
  value,
  onChange,
  error,
}: OwnerSelectProps) => {
  const { options, isLoading } = useMemberOptions(orgId);
  return (
    <Select
      label={label}
      {...(description !== undefined ? { description } : {})}
      placeholder={isLoading ? 'Loading members…' : 'Nobody yet'}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      clearable
      nothingFoundMessage="No member with this name"
      error={error}
    />
  );
};

/** The part of a Mantine form with an `ownerUserId` field that OwnerField uses. */
interface FormWithOwner {
  readonly values: { readonly ownerUserId: string | null };
  readonly errors: Readonly<Record<string, unknown>>;
  setFieldValue(path: 'ownerUserId', value: string | null): void;
}

/** The owner of a record, bound to the `ownerUserId` field of its form. */
export const OwnerField = ({
  orgId,
  form,
  description,
}: {
  orgId: string;
  form: FormWithOwner;
  description?: string;
}) => (
  <OwnerSelect
    orgId={orgId}
    {...(description !== undefined ? { description } : {})}
    value={form.values.ownerUserId}
    onChange={(value) => form.setFieldValue('ownerUserId', value)}
    error={form.errors.ownerUserId as string | undefined}
  />
);

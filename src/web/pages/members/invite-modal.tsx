/** Invite someone by e-mail to a role; they join once they accept the link. */
import { Select, Text } from '@mantine/core';
import type { FieldLabels } from '../../components/form-errors.js';
import { roleOptions } from '../../labels/roles.js';
import type { OrgKind } from '../../labels/roles.js';
import { LeadTextInput } from '../../registers/lead-text-input.js';
import { RegisterFormModal } from '../../registers/register-form-modal.js';
import { useInvite } from './member-queries.js';
import type { IssuedInvitation, NewInvitation } from './member-queries.js';

interface FormValues extends Record<string, unknown> {
  email: string;
  role: string;
}

const LABELS: FieldLabels<FormValues> = { email: 'Email', role: 'Role' };

const INITIAL: FormValues = { email: '', role: '' };

interface InviteModalProps {
  readonly orgId: string;
  readonly orgKind: OrgKind;
  readonly onInvited: (issued: IssuedInvitation) => void;
  readonly onClose: () => void;
}

/** Mount it only while open. */
export const InviteModal = ({ orgId, orgKind, onInvited, onClose }: InviteModalProps) => (
  <RegisterFormModal
    title="Invite someone"
    submitLabel="Send invitation"
    size="md"
    initialValues={INITIAL}
    labels={LABELS}
    bodyOf={(values): NewInvitation => ({ email: values.email, role: values.role })}
    save={useInvite(orgId)}
    onSaved={onInvited}
    onClose={onClose}
  >
    {(form) => (
      <>
        <LeadTextInput form={form} field="email" label={LABELS.email} type="email" />
        <Select
          label={LABELS.role}
          placeholder="Choose a role"
          data={roleOptions(orgKind)}
          withAsterisk
          allowDeselect={false}
          value={form.values.role === '' ? null : form.values.role}
          onChange={(value) => form.setFieldValue('role', value ?? '')}
          error={form.errors.role}
        />
        <Text size="sm" c="dimmed">
          They receive a link that works once, for 7 days. A newcomer chooses their own name and
          password; someone who already has an account signs in with it. They join when they accept.
        </Text>
      </>
    )}
  </RegisterFormModal>
);

/** The organization the user last worked in, kept in localStorage across visits. */
import { useLocalStorage } from '@mantine/hooks';

export const useRememberedOrgId = () =>
  useLocalStorage<string | null>({
    key: 'aims.organizationId',
    defaultValue: null,
    getInitialValueInEffect: false,
  });

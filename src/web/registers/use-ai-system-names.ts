/**
 * The organization's AI systems by id, for registers that point at them:
 * names for the chips and options for the pickers and the AI system filter.
 * Empty for users who may not read the inventory.
 */
import { useQuery } from '@tanstack/react-query';
import { useCanReadInventory } from './pending-permissions.js';
import { allAiSystemsQuery } from '../pages/ai-systems/ai-system-queries.js';

export interface AiSystemOption {
  readonly value: string;
  readonly label: string;
}

export const useAiSystemNames = (orgId: string) => {
  const canRead = useCanReadInventory();
  const systems = useQuery({ ...allAiSystemsQuery(orgId), enabled: canRead });
  const options: AiSystemOption[] = (systems.data ?? []).map((system) => ({
    value: system.id,
    label: system.name,
  }));
  const byId = new Map(options.map((option) => [option.value, option.label]));
  return {
    options,
    canRead,
    isLoading: canRead && systems.isPending,
    nameOf: (id: string): string => byId.get(id) ?? (systems.isPending ? '…' : 'AI system'),
  };
};

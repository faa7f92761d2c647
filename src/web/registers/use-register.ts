/**
 * A register's declaration (as `GET /api/v1/registers` returns it, below a
 * RegistersGate) and its URL codec.
 */
import { use, useMemo } from 'react';
import { choiceLabel, fieldOf } from './declaration.js';
import type { FieldDeclaration, RegisterDeclaration, RegisterKey } from './declaration.js';
import { listCodec } from './list-params.js';
import type { ListCodec, ListCodecInput } from './list-params.js';
import { RegistersContext } from './registers-gate.js';

/** How a page names its list in the URL; pass a module constant, so the codec is made once. */
export type UrlShape = Pick<ListCodecInput, 'urlNames' | 'constants'>;
const NO_URL_SHAPE: UrlShape = {};

/** A declaration known to be the register with this key. */
export type KeyedRegister<Key extends RegisterKey> = RegisterDeclaration & { readonly key: Key };

export const useRegister = <Key extends RegisterKey>(
  key: Key,
  url: UrlShape = NO_URL_SHAPE,
): { register: KeyedRegister<Key>; codec: ListCodec } => {
  const registers = use(RegistersContext);
  if (!registers) throw new Error('Register pages render inside a RegistersGate');
  const register = registers.find((entry): entry is KeyedRegister<Key> => entry.key === key);
  if (!register) throw new Error(`The API declares no ${key} register`);
  const codec = useMemo(
    () => listCodec({ filters: register.filters, sort: register.sort, ...url }),
    [register, url],
  );
  return { register, codec };
};

/** The register's declared fields by name, for a form's labels and choices. */
export const useDeclaredFields = (key: RegisterKey) => {
  const { register } = useRegister(key);
  return (field: string): FieldDeclaration => fieldOf(register, field);
};

/** The declared label of a field's value: `labelOf('lifecycleStage', 'deployment')` → "Deployment". */
export const useChoiceLabels = (key: RegisterKey) => {
  const field = useDeclaredFields(key);
  return (name: string, value: string): string => choiceLabel(field(name).choices, value);
};

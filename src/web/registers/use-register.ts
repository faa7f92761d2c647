/**
 * A register's declaration (as `GET /api/v1/registers` returns it, below a
 * RegistersGate) and its URL codec.
 */
import { use, useMemo } from 'react';
import type { RegisterDeclaration, RegisterKey } from './declaration.js';
import { listCodec, type ListCodec, type ListCodecInput } from './list-params.js';
import { RegistersContext } from './registers-gate.js';

/** How a page names its list in the URL; pass a module constant, so the codec is made once. */
export type UrlShape = Pick<ListCodecInput, 'urlNames' | 'constants'>;
const NO_URL_SHAPE: UrlShape = {};

export const useRegister = (
  key: RegisterKey,
  url: UrlShape = NO_URL_SHAPE,
): { register: RegisterDeclaration; codec: ListCodec } => {
  const registers = use(RegistersContext);
  if (!registers) throw new Error('Register pages render inside a RegistersGate');
  const register = registers.find((entry) => entry.key === key);
  if (!register) throw new Error(`The API declares no ${key} register`);
  const codec = useMemo(
    () => listCodec({ filters: register.filters, sort: register.sort, ...url }),
    [register, url],
  );
  return { register, codec };
};

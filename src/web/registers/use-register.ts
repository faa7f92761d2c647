/**
 * A register's declaration and its URL codec. The declarations are the typed
 * ones in definitions.ts until `GET /api/v1/registers` is served; switching
 * means reading them from that one query here.
 */
import { useMemo } from 'react';
import type { RegisterDeclaration, RegisterKey } from './declaration.js';
import { REGISTER_DEFINITIONS } from './definitions.js';
import { listCodec, type ListCodec, type ListCodecInput } from './list-params.js';

/** How a page names its list in the URL; pass a module constant, so the codec is made once. */
export type UrlShape = Pick<ListCodecInput, 'urlNames' | 'constants'>;
const NO_URL_SHAPE: UrlShape = {};

export const findRegister = (key: RegisterKey): RegisterDeclaration => {
  const register = REGISTER_DEFINITIONS[key];
  if (!register) throw new Error(`No declaration of the ${key} register`);
  return register;
};

export const useRegister = (
  key: RegisterKey,
  url: UrlShape = NO_URL_SHAPE,
): { register: RegisterDeclaration; codec: ListCodec } => {
  const register = findRegister(key);
  const codec = useMemo(
    () => listCodec({ filters: register.filters, sort: register.sort, ...url }),
    [register, url],
  );
  return { register, codec };
};

/**
 * A register's list as the URL asks for it: the view read through the
 * register's codec, the list query, and the changes filters, sort and paging
 * make. Paging adds a history entry (Back returns to the previous page);
 * filters replace it and go back to page 1.
 */
import { useQuery } from '@tanstack/react-query';
import { usePageSearchParams } from '../components/use-page-search-params.js';
import type { ListCodec, ListParams } from './list-params.js';
import { registerListQuery, type RegisterPath } from './register-queries.js';

export const useRegisterView = <Path extends RegisterPath>(
  orgId: string,
  path: Path,
  codec: ListCodec,
) => {
  const [searchParams, setSearchParams] = usePageSearchParams();
  const params = codec.read(searchParams);
  const list = useQuery(registerListQuery(orgId, path, codec.toQuery(params)));

  const update = (changes: Partial<ListParams>, { keepPage = false } = {}) =>
    setSearchParams(
      (current) =>
        codec.write({ ...codec.read(current), ...changes, ...(keepPage ? {} : { page: 1 }) }),
      'page' in changes,
    );
  const sort = (field: string) =>
    update({
      sort: field,
      direction: params.sort === field && params.direction === 'asc' ? 'desc' : 'asc',
    });
  return { params, list, update, sort };
};

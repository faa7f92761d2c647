/**
 * A register's list as the URL asks for it: the view read through the
 * register's codec, the list query, the changes filters, sort and paging
 * make, and what the list says the user may do with the register. Paging
 * adds a history entry (Back returns to the previous page); filters replace
 * it and go back to page 1.
 */
import { useQuery } from '@tanstack/react-query';
import { usePageSearchParams } from '../components/use-page-search-params.js';
import type { ListAction } from './declaration.js';
import type { ListCodec, ListParams } from './list-params.js';
import { registerListQuery } from './register-queries.js';
import type { RegisterPath, RegisterRow } from './register-queries.js';

interface LoadedList<Row> {
  readonly items: Row[];
  readonly total: number;
  readonly availableActions?: ListAction[];
}

export const useRegisterView = <Path extends RegisterPath>(
  orgId: string,
  path: Path,
  codec: ListCodec,
) => {
  const [searchParams, setSearchParams] = usePageSearchParams();
  const params = codec.read(searchParams);
  const query = useQuery(registerListQuery(orgId, path, codec.toQuery(params)));
  // Every register list has this shape; the route types differ only in their rows.
  const list = query as Omit<typeof query, 'data'> & {
    data: LoadedList<RegisterRow<Path>> | undefined;
  };
  const actions = list.data?.availableActions ?? [];

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
  const may = (action: ListAction) => actions.includes(action);
  return { params, list, update, sort, may };
};

export type RegisterView<Path extends RegisterPath> = ReturnType<typeof useRegisterView<Path>>;

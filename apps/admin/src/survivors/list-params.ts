/** What the survivors list shows, kept in the address so reload and back return to it. */
export interface ListParams {
  search: string;
  districtId: string;
  /** The `after` cursor of every page opened after the first, in order; the last is current. */
  trail: string[];
}

// Cursors are base64url: they never contain a comma.
const SEPARATOR = ',';

export function readListParams(params: URLSearchParams): ListParams {
  const trail = (params.get('pages') ?? '').split(SEPARATOR).filter((c) => /^[\w-]+$/.test(c));
  return {
    search: params.get('q') ?? '',
    districtId: params.get('district') ?? '',
    trail,
  };
}

export function writeListParams({ search, districtId, trail }: ListParams): URLSearchParams {
  const params = new URLSearchParams();
  if (search.trim()) params.set('q', search.trim());
  if (districtId) params.set('district', districtId);
  if (trail.length) params.set('pages', trail.join(SEPARATOR));
  return params;
}

/** The query's variables: a new search or filter always starts again at the first page. */
export function listVariables({ search, districtId, trail }: ListParams, pageSize: number) {
  const filter: { search?: string; districtIds?: string[] } = {};
  if (search.trim()) filter.search = search.trim();
  if (districtId) filter.districtIds = [districtId];
  return { first: pageSize, after: trail.at(-1) ?? null, filter };
}

// What the address bar holds, so reload, bookmarks and back/forward restore the same screen:
//   /?q=…&<filters>&sort=S&page=N               search results, N counted from 1 (omitted for the first page)
//   /?code=CODE&seq=S[&q=…&<filters>&sort&page]  a dossier opened on page S; the search part leads back
// Filters carry the API's own parameter names (SearchFilters), so a search address maps one to one onto
// /api/search and /api/search/export.

/** The advanced form's fields and the facets' filters, as /api/search names them. */
export const FILTER_KEYS = [
  'name',
  'birthYearFrom',
  'birthYearTo',
  'hometown',
  'province',
  'district',
  'category',
  'status',
  'code',
  'idNumber',
  'decisionNumber',
];

export const SORTS = ['relevance', 'name', 'birth-year'];

export function readState(search = location.search) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const key of FILTER_KEYS) {
    const value = (params.get(key) ?? '').trim();
    if (value) filters[key] = value;
  }
  const sort = params.get('sort');
  return {
    view: params.get('code') ? 'dossier' : 'search',
    q: (params.get('q') ?? '').trim(),
    filters,
    sort: SORTS.includes(sort) ? sort : 'relevance',
    page: positiveInt(params.get('page')) ?? 1,
    code: params.get('code') ?? '',
    seq: positiveInt(params.get('seq')),
  };
}

/** Whether the state asks for a search at all (words or at least one filter). */
export function hasCriteria(state) {
  return Boolean(state.q) || Object.keys(state.filters ?? {}).length > 0;
}

/** The search part of an address: q, filters and sort, in a stable order. */
export function searchParams({ q = '', filters = {}, sort = 'relevance' } = {}) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const key of FILTER_KEYS) {
    if (filters[key]) params.set(key, filters[key]);
  }
  if (sort && sort !== 'relevance') params.set('sort', sort);
  return params;
}

export function searchHref(search, page = 1) {
  const params = searchParams(typeof search === 'string' ? { q: search } : search);
  if (page > 1 && [...params.keys()].length) params.set('page', String(page));
  const query = params.toString();
  return query ? `/?${query}` : '/';
}

export function dossierHref(code, seq, from = {}) {
  const params = new URLSearchParams({ code });
  if (seq) params.set('seq', String(seq));
  for (const [key, value] of searchParams(from)) params.set(key, value);
  if (from.page > 1 && hasCriteria(from)) params.set('page', String(from.page));
  return `/?${params}`;
}

function positiveInt(value) {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isInteger(n) && n > 0 ? n : null;
}

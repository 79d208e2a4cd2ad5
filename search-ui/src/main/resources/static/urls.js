// What the address bar holds, so reload, bookmarks and back/forward restore the same screen:
//   /?q=…&page=N                     search results, N counted from 1 (omitted for the first page)
//   /?code=CODE&seq=S[&q=…&page=N]   a dossier opened on page S; q and page lead back to the results

export function readState(search = location.search) {
  const params = new URLSearchParams(search);
  return {
    view: params.get('code') ? 'dossier' : 'search',
    q: (params.get('q') ?? '').trim(),
    page: positiveInt(params.get('page')) ?? 1,
    code: params.get('code') ?? '',
    seq: positiveInt(params.get('seq')),
  };
}

export function searchHref(q, page = 1) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (q && page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/?${query}` : '/';
}

export function dossierHref(code, seq, from = {}) {
  const params = new URLSearchParams({ code });
  if (seq) params.set('seq', String(seq));
  if (from.q) params.set('q', from.q);
  if (from.q && from.page > 1) params.set('page', String(from.page));
  return `/?${params}`;
}

function positiveInt(value) {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isInteger(n) && n > 0 ? n : null;
}

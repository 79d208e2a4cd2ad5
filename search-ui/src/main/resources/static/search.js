import { getJson, NETWORK_FAILURE } from './api.js';
import { confidentialityBadge } from './badge.js';
import { h, routeLink } from './dom.js';
import { displayName, formatNumber, t } from './i18n.js';
import { snippetFragment } from './snippet.js';
import { dossierHref, searchHref } from './urls.js';

export const PAGE_SIZE = 20;

// The last successful answer: coming back from a dossier or switching language redraws it without searching
// again. Only one is kept, so a fresh search always reaches the server.
let lastAnswer = null;
let generation = 0;

/** Draws the result list for state ({ q, page }), searching first unless the answer is at hand. */
export async function showSearch(state, { focus = false, fresh = false } = {}) {
  const current = ++generation;
  const count = document.getElementById('result-count');
  document.title = state.q ? t('search.pageTitleQuery', { q: state.q }) : t('search.pageTitle');
  if (!state.q) {
    clearResults(t('search.empty') + ' ' + t('search.hint'));
    return;
  }
  const key = JSON.stringify([state.q, state.page]);
  if (fresh || lastAnswer?.key !== key) {
    const view = document.getElementById('search-view');
    view.setAttribute('aria-busy', 'true');
    count.textContent = t('search.loading');
    const answer = await getJson(searchUrl(state));
    if (current !== generation) return;
    view.removeAttribute('aria-busy');
    if (answer.status !== 200) {
      clearResults(failureText(answer.status));
      return;
    }
    lastAnswer = { key, data: answer.data };
  }
  renderAnswer(state, lastAnswer.data);
  if (focus) count.focus();
}

function searchUrl(state) {
  const params = new URLSearchParams({ q: state.q, page: String(state.page - 1), size: String(PAGE_SIZE) });
  return `/api/search?${params}`;
}

function clearResults(notice) {
  document.getElementById('result-count').textContent = '';
  document.getElementById('results').replaceChildren();
  document.getElementById('search-notice').textContent = notice;
  renderPager(null, 0, PAGE_SIZE);
}

function failureText(status) {
  return status === NETWORK_FAILURE ? t('error.network') : t('error.load', { status });
}

function renderAnswer(state, data) {
  const total = Number(data.total) || 0;
  document.getElementById('result-count').textContent = t('search.found', { n: formatNumber(total) });
  document.getElementById('search-notice').textContent = total === 0 ? t('search.none') : '';
  document.getElementById('results').replaceChildren(...(data.hits ?? []).map((hit) => resultCard(hit, state)));
  renderPager(state, total, Number(data.size) || PAGE_SIZE);
}

function resultCard(hit, state) {
  const matchPages = (hit.pages ?? []).filter(Number.isInteger);
  const snippets = hit.snippets ?? [];
  return h(
    'li',
    { class: 'result-card', dataset: { code: hit.code } },
    h(
      'div',
      { class: 'card-head' },
      h('h3', { class: 'name' }, routeLink(dossierHref(hit.code, matchPages[0], state), {}, hit.fullName || hit.title || hit.code)),
      confidentialityBadge(hit.confidentiality, hit.confidentialityName),
    ),
    h('p', { class: 'facts' }, ...facts(hit)),
    hit.title && hit.title !== hit.fullName ? h('p', { class: 'dossier-title' }, hit.title) : null,
    h('p', { class: 'code' }, `${t('search.code')}: `, h('span', { class: 'code-value' }, hit.code)),
    snippets.length
      ? h('ul', { class: 'snippets', 'aria-label': t('search.excerpts') }, ...snippets.map((s) => h('li', { class: 'snippet' }, snippetFragment(s))))
      : null,
    matchPages.length ? matchPageLinks(hit.code, matchPages, state) : null,
  );
}

function facts(hit) {
  const items = [
    h('span', { class: 'category' }, displayName('category', hit.category, hit.categoryName)),
    hit.birthYear ? h('span', { class: 'birth-year' }, t('search.birthYear', { year: hit.birthYear })) : null,
    hit.hometown ? h('span', { class: 'hometown' }, t('search.hometown', { place: hit.hometown })) : null,
  ].filter(Boolean);
  return items.flatMap((item, i) => (i === 0 ? [item] : [h('span', { class: 'sep', 'aria-hidden': 'true' }, ' · '), item]));
}

function matchPageLinks(code, pages, state) {
  const [before, after] = t('search.matchPages', { pages: '\u0000' }).split('\u0000');
  const links = pages.flatMap((seq, i) => [i ? ', ' : '', routeLink(dossierHref(code, seq, state), {}, String(seq))]);
  return h('p', { class: 'match-pages' }, before, ...links, after ?? '');
}

function renderPager(state, total, size) {
  const pager = document.getElementById('pager');
  const pages = Math.ceil(total / size);
  if (!state || pages <= 1) {
    pager.hidden = true;
    pager.replaceChildren();
    return;
  }
  const step = (page, cls, label, rel) =>
    page >= 1 && page <= pages
      ? routeLink(searchHref(state.q, page), { class: `button ${cls}`, rel }, label)
      : h('span', { class: `button ${cls}`, 'aria-disabled': 'true' }, label);
  pager.hidden = false;
  pager.replaceChildren(
    step(Math.min(state.page - 1, pages), 'pager-prev', t('search.prev'), 'prev'),
    h('span', { class: 'pager-info' }, t('search.pageOf', { page: formatNumber(state.page), pages: formatNumber(pages) })),
    step(state.page + 1, 'pager-next', t('search.next'), 'next'),
  );
}

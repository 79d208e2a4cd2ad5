import { getJson, NETWORK_FAILURE, pageUrl } from './api.js';
import { confidentialityBadge } from './badge.js';
import { h, routeLink } from './dom.js';
import { displayName, formatNumber, t } from './i18n.js';
import { renderFacets, renderChips } from './facets.js';
import { renderSavedSearches } from './saved.js';
import { snippetFragment } from './snippet.js';
import { dossierHref, FILTER_KEYS, hasCriteria, searchHref, searchParams } from './urls.js';

export const PAGE_SIZE = 20;
const MATCH_THUMBS = 4;

// The last successful answer: coming back from a dossier or switching language redraws it without searching
// again. Only one is kept, so a fresh search always reaches the server.
let lastAnswer = null;
let generation = 0;
let exportAvailable = null;

/**
 * Draws the results for state ({ q, filters, sort, page }), searching first unless the answer is at hand.
 * Timing: the first result list painted after the page loaded is marked 'hoso:first-result', and every search
 * is measured as 'hoso:search' (request to painted cards) with the Performance API, for the browser tests.
 */
export async function showSearch(state, { focus = false, fresh = false } = {}) {
  const current = ++generation;
  const count = document.getElementById('result-count');
  fillAdvancedForm(state);
  document.getElementById('sort').value = state.sort;
  renderSavedSearches(state);
  document.title = state.q ? t('search.pageTitleQuery', { q: state.q }) : t('search.pageTitle');
  if (!hasCriteria(state)) {
    clearResults(t('search.empty') + ' ' + t('search.hint'));
    return;
  }
  const key = JSON.stringify([state.q, state.filters, state.sort, state.page]);
  if (fresh || lastAnswer?.key !== key) {
    const view = document.getElementById('search-view');
    view.setAttribute('aria-busy', 'true');
    count.textContent = t('search.loading');
    performance.mark('hoso:search-start');
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

/** The advanced form's values as filters (blank fields left out). */
export function advancedFilters() {
  const form = document.getElementById('advanced-form');
  const filters = {};
  for (const [key, value] of new FormData(form)) {
    const text = String(value).normalize('NFC').trim();
    if (text && FILTER_KEYS.includes(key)) filters[key] = text;
  }
  return filters;
}

function searchUrl(state) {
  const params = searchParams(state);
  params.set('page', String(state.page - 1));
  params.set('size', String(PAGE_SIZE));
  return `/api/search?${params}`;
}

function fillAdvancedForm(state) {
  const form = document.getElementById('advanced-form');
  const select = form.elements.category;
  if (select.options.length === 0 || select.dataset.lang !== document.documentElement.lang) fillCategories(select);
  let anySet = false;
  for (const element of form.elements) {
    if (!element.name) continue;
    element.value = state.filters[element.name] ?? '';
    anySet ||= Boolean(element.value);
  }
  if (anySet) document.getElementById('advanced').open = true;
}

const CATEGORIES = [
  'MARTYR', 'HEROIC_MOTHER', 'ARMED_FORCES_HERO', 'LABOUR_HERO', 'WAR_INVALID', 'SICK_SOLDIER', 'AGENT_ORANGE',
  'CAPTURED_AND_IMPRISONED', 'RESISTANCE_PARTICIPANT', 'REVOLUTION_HELPER',
];

function fillCategories(select) {
  select.dataset.lang = document.documentElement.lang;
  select.replaceChildren(
    h('option', { value: '' }, t('advanced.anyCategory')),
    ...CATEGORIES.map((value) => h('option', { value }, displayName('category', value, null))),
  );
}

function clearResults(notice) {
  document.getElementById('result-count').textContent = '';
  document.getElementById('results').replaceChildren();
  document.getElementById('search-notice').textContent = notice;
  document.getElementById('facets').hidden = true;
  document.getElementById('active-filters').hidden = true;
  document.getElementById('export-xlsx').hidden = true;
  document.getElementById('export-csv').hidden = true;
  renderPager(null, 0, PAGE_SIZE);
}

function failureText(status) {
  return status === NETWORK_FAILURE ? t('error.network') : t('error.load', { status });
}

function renderAnswer(state, data) {
  const total = Number(data.total) || 0;
  document.getElementById('result-count').textContent = t('search.found', { n: formatNumber(total) });
  document.getElementById('search-notice').textContent = total === 0 ? t('search.none') : '';
  const cards = (data.hits ?? []).map((hit) => resultCard(hit, state));
  document.getElementById('results').replaceChildren(...cards);
  renderFacets(document.getElementById('facets'), data.facets, state);
  renderChips(document.getElementById('active-filters'), state);
  renderPager(state, total, Number(data.size) || PAGE_SIZE);
  renderExport(state);
  if (cards.length) markPainted();
}

// Two frames: the first runs before the cards are painted, the second after.
function markPainted() {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (performance.getEntriesByName('hoso:first-result').length === 0) performance.mark('hoso:first-result');
      if (performance.getEntriesByName('hoso:search-start').length) performance.measure('hoso:search', 'hoso:search-start');
    }),
  );
}

function resultCard(hit, state) {
  const matchPages = (hit.pages ?? []).filter(Number.isInteger);
  const snippets = hit.snippets ?? [];
  return h(
    'li',
    { class: 'result-card', dataset: { code: hit.code } },
    h(
      'div',
      { class: 'card-text' },
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
    ),
    matchPages.length ? matchThumbs(hit, matchPages, state) : null,
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

// The thumbnails repeat the page links above for sighted users; they are skipped by keyboard and screen readers.
function matchThumbs(hit, pages, state) {
  return h(
    'div',
    { class: 'match-thumbs', 'aria-hidden': 'true' },
    ...pages.slice(0, MATCH_THUMBS).map((seq) =>
      routeLink(
        dossierHref(hit.code, seq, state),
        { tabindex: '-1', title: t('dossier.thumbLabel', { seq }) },
        h('img', { src: pageUrl(hit.code, seq, 'thumb'), alt: '', loading: 'lazy', decoding: 'async', width: '60', height: '80' }),
      ),
    ),
  );
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
      ? routeLink(searchHref(state, page), { class: `button ${cls}`, rel }, label)
      : h('span', { class: `button ${cls}`, 'aria-disabled': 'true' }, label);
  pager.hidden = false;
  pager.replaceChildren(
    step(Math.min(state.page - 1, pages), 'pager-prev', t('search.prev'), 'prev'),
    h('span', { class: 'pager-info' }, t('search.pageOf', { page: formatNumber(state.page), pages: formatNumber(pages) })),
    step(state.page + 1, 'pager-next', t('search.next'), 'next'),
  );
}

// The export API may not be deployed: the links show only once a cheap probe (a code no dossier has) answers 2xx.
async function renderExport(state) {
  const links = ['xlsx', 'csv'].map((format) => {
    const link = document.getElementById(`export-${format}`);
    const params = searchParams(state);
    params.set('format', format);
    link.href = `/api/search/export?${params}`;
    return link;
  });
  if (exportAvailable === null) {
    exportAvailable = fetch('/api/search/export?format=csv&code=-', {
      method: 'HEAD',
      credentials: 'same-origin',
      headers: { 'X-Requested-With': 'XMLHttpRequest' },
    }).then((response) => response.ok, () => false);
  }
  const available = await exportAvailable;
  for (const link of links) link.hidden = !available;
}

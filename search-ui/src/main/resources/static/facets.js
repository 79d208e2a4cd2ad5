import { h, routeLink } from './dom.js';
import { displayName, formatNumber, t } from './i18n.js';
import { searchHref } from './urls.js';

// The facet panel and the active-filter chips. Both are plain links to the next search address, so a click
// is an ordinary navigation (Back undoes it, a middle click opens it in a new tab). Counts come from the
// server, which counts only dossiers the caller may see.

const SHOWN = 8;

const GROUPS = [
  { key: 'categories', filter: 'category', title: 'facets.category', label: (f) => displayName('category', f.value, f.label) },
  { key: 'provinces', filter: 'province', title: 'facets.province', label: (f) => f.label || f.value },
  { key: 'districts', filter: 'district', title: 'facets.district', label: (f) => f.label || f.value },
  { key: 'birthDecades', filter: 'birthDecade', title: 'facets.birthDecade', label: (f) => t('facets.decade', { decade: f.value }) },
  { key: 'statuses', filter: 'status', title: 'facets.status', label: (f) => displayName('dossierStatus', f.value, f.label) },
];

/** Fills the facet panel from an answer's facets; groups without values are left out. */
export function renderFacets(panel, facets, state) {
  const groups = GROUPS.filter((group) => (facets?.[group.key] ?? []).length).map((group) => facetGroup(group, facets[group.key], state));
  panel.hidden = groups.length === 0;
  panel.replaceChildren(h('h2', { class: 'facets-heading' }, t('facets.label')), ...groups);
}

function facetGroup(group, values, state) {
  const id = `facet-${group.filter}`;
  const items = values.map((facet) => {
    const active = isActive(group.filter, facet.value, state.filters);
    const filters = active ? without(state.filters, group.filter) : withValue(state.filters, group.filter, facet.value);
    return h(
      'li',
      {},
      routeLink(
        searchHref({ ...state, filters }),
        { class: 'facet-value', 'aria-current': active ? 'true' : null, dataset: { facet: group.filter, value: facet.value } },
        h('span', { class: 'facet-label' }, group.label(facet)),
        h('span', { class: 'facet-count' }, formatNumber(facet.count)),
      ),
    );
  });
  const list = h('ul', { class: 'facet-values', 'aria-labelledby': id }, ...items);
  const more = items.length > SHOWN ? moreButton(items) : null;
  return h('section', { class: 'facet-group', dataset: { facet: group.filter } }, h('h3', { id }, t(group.title)), list, more);
}

function moreButton(items) {
  const hidden = items.slice(SHOWN);
  hidden.forEach((item) => (item.hidden = true));
  const button = h('button', { type: 'button', class: 'link-button facet-more', 'aria-expanded': 'false' }, t('facets.more', { n: hidden.length }));
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    hidden.forEach((item) => (item.hidden = !open));
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? t('facets.less') : t('facets.more', { n: hidden.length });
  });
  return button;
}

/** One removable chip per active filter (a birth-year range is one chip), plus "clear all" when there are several. */
export function renderChips(list, state) {
  const chips = chipsOf(state.filters).map(({ text, filters }) =>
    h(
      'li',
      {},
      routeLink(
        searchHref({ ...state, filters }),
        { class: 'chip', 'aria-label': t('filters.remove', { filter: text }), title: t('filters.remove', { filter: text }) },
        h('span', {}, text),
        h('span', { class: 'chip-x', 'aria-hidden': 'true' }, '×'),
      ),
    ),
  );
  if (chips.length > 1) {
    chips.push(h('li', {}, routeLink(searchHref({ ...state, filters: {} }), { class: 'chip-clear' }, t('filters.clearAll'))));
  }
  list.hidden = chips.length === 0;
  list.replaceChildren(...chips);
}

function chipsOf(filters) {
  const chips = [];
  for (const [key, value] of Object.entries(filters)) {
    if (key === 'birthYearTo' && filters.birthYearFrom) continue;
    if (key === 'birthYearFrom' || key === 'birthYearTo') {
      chips.push({ text: birthText(filters), filters: without(filters, 'birthDecade') });
    } else {
      chips.push({ text: `${t(`filters.${key}`)}: ${valueText(key, value)}`, filters: without(filters, key) });
    }
  }
  return chips;
}

function birthText({ birthYearFrom: from, birthYearTo: to }) {
  if (from && to && Number(to) === Number(from) + 9 && Number(from) % 10 === 0) return t('facets.decade', { decade: from });
  if (from && to) return t('filters.birthRange', { from, to });
  return from ? t('filters.birthFrom', { from }) : t('filters.birthTo', { to });
}

function valueText(key, value) {
  if (key === 'category') return displayName('category', value, null);
  if (key === 'status') return displayName('dossierStatus', value, null);
  return value;
}

function isActive(filter, value, filters) {
  if (filter !== 'birthDecade') return (filters[filter] ?? '').toLowerCase() === String(value).toLowerCase();
  return filters.birthYearFrom === String(value) && filters.birthYearTo === String(Number(value) + 9);
}

function withValue(filters, filter, value) {
  if (filter !== 'birthDecade') return { ...filters, [filter]: String(value) };
  return { ...filters, birthYearFrom: String(value), birthYearTo: String(Number(value) + 9) };
}

function without(filters, filter) {
  const rest = { ...filters };
  if (filter === 'birthDecade') {
    delete rest.birthYearFrom;
    delete rest.birthYearTo;
  } else {
    delete rest[filter];
  }
  return rest;
}

import { getJson } from './api.js';
import { showDossier } from './dossier.js';
import { applyI18n, bindLangToggle, displayName, t } from './i18n.js';
import { advancedFilters, showSearch } from './search.js';
import { bindSuggestions } from './suggest.js';
import { readState, searchHref } from './urls.js';

// One page, two screens (results and dossier), chosen by the address; see urls.js for its shape.

let me = null;

/** Shows the screen the address names; redraw = same screen again (language switch), reusing loaded data. */
function route({ focus = false, fresh = false, redraw = false } = {}) {
  const state = readState();
  document.getElementById('q').value = state.q;
  document.getElementById('search-view').hidden = state.view !== 'search';
  document.getElementById('dossier-view').hidden = state.view !== 'dossier';
  if (state.view === 'dossier') showDossier(state, { focus, redraw });
  else showSearch(state, { focus, fresh });
}

function navigate(href, options) {
  history.pushState(null, '', href);
  window.scrollTo(0, 0);
  route(options);
}

function renderUser() {
  if (!me) return;
  document.getElementById('user-name').textContent = me.username;
  document.getElementById('user-clearance').textContent = t('header.clearance', {
    name: displayName('confidentiality', me.clearance, me.clearanceName),
  });
}

async function loadUser() {
  const answer = await getJson('/api/me');
  if (answer.status !== 200) return;
  me = answer.data;
  renderUser();
}

function start() {
  applyI18n();
  const box = document.getElementById('q');
  // A new query keeps the filters and sort of the results on screen (refining is the common case); the chips
  // remove them. From a dossier, a new query starts from the same search the dossier was opened from.
  const submitQuery = () => {
    // Vietnamese keyboards may send decomposed letters; the index compares composed ones.
    const q = box.value.normalize('NFC').trim();
    const { filters, sort } = readState();
    navigate(searchHref({ q, filters, sort }), { fresh: true });
  };
  document.getElementById('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    submitQuery();
  });
  bindSuggestions(box, document.getElementById('q-suggestions'), submitQuery);
  const advanced = document.getElementById('advanced-form');
  advanced.addEventListener('submit', (event) => {
    event.preventDefault();
    const { q, filters, sort } = readState();
    // Facet filters (province, district, status) stay; the form's own fields are replaced by what it holds now.
    const kept = Object.fromEntries(Object.entries(filters).filter(([key]) => !(key in advanced.elements)));
    navigate(searchHref({ q, filters: { ...kept, ...advancedFilters() }, sort }), { fresh: true });
  });
  document.getElementById('sort').addEventListener('change', (event) => {
    const { q, filters } = readState();
    navigate(searchHref({ q, filters, sort: event.target.value }), {});
  });
  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-route]');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(link.getAttribute('href'), { focus: true });
  });
  window.addEventListener('popstate', () => route());
  bindLangToggle(document.getElementById('lang-toggle'), () => {
    renderUser();
    route({ redraw: true });
  });
  loadUser();
  route();
  const state = readState();
  if (!state.q && Object.keys(state.filters).length === 0 && state.view === 'search') box.focus();
}

start();

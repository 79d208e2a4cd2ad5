import { getJson } from './api.js';
import { showDossier } from './dossier.js';
import { applyI18n, bindLangToggle, displayName, t } from './i18n.js';
import { showSearch } from './search.js';
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
  document.getElementById('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    // Vietnamese keyboards may send decomposed letters; the index compares composed ones.
    const q = document.getElementById('q').value.normalize('NFC').trim();
    navigate(searchHref(q), { fresh: true });
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
  if (!readState().q && readState().view === 'search') document.getElementById('q').focus();
}

start();

import { NETWORK_FAILURE, sendJson } from './api.js';
import { h, routeLink } from './dom.js';
import { t } from './i18n.js';
import { hasCriteria } from './urls.js';

// The user's saved searches on the search page: save what is on screen under a name, and a menu to run, rename or
// delete the saved ones. Running one is following its address ('/?' + the server's query), so the app's router
// shows it like any other search. The list lives on the server (/api/saved-searches), one per user.

const API = '/api/saved-searches';
const MAX_NAME = 120;

let shown = null;
let searches = null;
let built = false;

/** Shows the controls for state (the search on screen); called by the search view on every draw. */
export function renderSavedSearches(state) {
  shown = state;
  if (!built) build();
  document.getElementById('saved-save').hidden = !hasCriteria(state);
  if (document.getElementById('saved-panel').hidden === false) drawList();
}

function build() {
  built = true;
  const toggle = h('button', {
    id: 'saved-toggle', type: 'button', class: 'button', 'aria-expanded': 'false', 'aria-controls': 'saved-panel',
    onclick: () => togglePanel(),
  }, t('saved.list'));
  const panel = h('div', { id: 'saved-panel', class: 'saved-panel panel', hidden: true, role: 'region',
    'aria-label': t('saved.list'), onkeydown: (event) => {
      if (event.key === 'Escape') closePanel(true);
    } });
  const save = h('button', { id: 'saved-save', type: 'button', class: 'button', onclick: () => openDialog(null) },
    t('saved.save'));
  document.getElementById('saved-search-slot').replaceChildren(
    save, h('span', { class: 'saved-menu' }, toggle, panel), dialog());
  document.addEventListener('click', (event) => {
    if (!event.target.closest('.saved-menu') && !event.target.closest('#saved-dialog')) closePanel(false);
  });
}

async function togglePanel() {
  const panel = document.getElementById('saved-panel');
  if (!panel.hidden) {
    closePanel(true);
    return;
  }
  panel.hidden = false;
  document.getElementById('saved-toggle').setAttribute('aria-expanded', 'true');
  await load();
  panel.querySelector('a, button')?.focus();
}

function closePanel(returnFocus) {
  const panel = document.getElementById('saved-panel');
  if (!panel || panel.hidden) return;
  panel.hidden = true;
  const toggle = document.getElementById('saved-toggle');
  toggle.setAttribute('aria-expanded', 'false');
  if (returnFocus) toggle.focus();
}

async function load() {
  const panel = document.getElementById('saved-panel');
  panel.replaceChildren(h('p', { class: 'notice', role: 'status' }, t('saved.loading')));
  const answer = await sendJson('GET', API);
  if (answer.status !== 200) {
    panel.replaceChildren(h('p', { class: 'notice error', role: 'alert' }, failure(answer)));
    return;
  }
  searches = answer.data ?? [];
  drawList();
}

function drawList() {
  const panel = document.getElementById('saved-panel');
  if (!searches) return;
  if (searches.length === 0) {
    panel.replaceChildren(h('p', { class: 'notice', id: 'saved-empty' }, t('saved.none')));
    return;
  }
  panel.replaceChildren(h('ul', { id: 'saved-list', class: 'saved-list' }, ...searches.map(item)));
}

function item(search) {
  const href = search.query ? `/?${search.query}` : '/';
  return h('li', { class: 'saved-item', dataset: { id: search.id } },
    routeLink(href, { class: 'saved-run', onclick: () => closePanel(false) }, search.name),
    h('span', { class: 'saved-what' }, describe(search)),
    h('span', { class: 'saved-actions' },
      h('button', { type: 'button', class: 'link-button saved-rename', 'aria-label': t('saved.renameLabel', { name: search.name }),
        onclick: () => openDialog(search) }, t('saved.rename')),
      h('button', { type: 'button', class: 'link-button saved-delete', 'aria-label': t('saved.deleteLabel', { name: search.name }),
        onclick: () => remove(search) }, t('saved.delete'))));
}

function describe(search) {
  const parts = [search.q, ...Object.values(search.filters ?? {})].filter(Boolean);
  return parts.join(' · ');
}

async function remove(search) {
  if (!window.confirm(t('saved.confirmDelete', { name: search.name }))) return;
  const answer = await sendJson('DELETE', `${API}/${encodeURIComponent(search.id)}`);
  if (answer.status !== 204 && answer.status !== 404) {
    window.alert(failure(answer));
    return;
  }
  await load();
  document.getElementById('saved-toggle').focus();
}

// One dialog for both saving (editing = null) and renaming; <dialog> keeps focus inside and closes on Escape.
function dialog() {
  const error = h('p', { id: 'saved-error', class: 'notice error', role: 'alert' });
  const name = h('input', { id: 'saved-name', name: 'name', type: 'text', required: true, maxlength: String(MAX_NAME),
    autocomplete: 'off', 'aria-describedby': 'saved-error' });
  return h('dialog', { id: 'saved-dialog', class: 'saved-dialog', 'aria-labelledby': 'saved-dialog-title' },
    h('form', { method: 'dialog', onsubmit: submit },
      h('h2', { id: 'saved-dialog-title' }),
      h('label', { for: 'saved-name' }, t('saved.name')),
      name,
      error,
      h('div', { class: 'dialog-actions' },
        h('button', { id: 'saved-submit', type: 'submit', class: 'button primary' }, t('saved.submit')),
        h('button', { type: 'button', class: 'button', onclick: () => document.getElementById('saved-dialog').close() },
          t('saved.cancel')))));
}

let editing = null;

function openDialog(search) {
  editing = search;
  const box = document.getElementById('saved-dialog');
  box.querySelector('#saved-dialog-title').textContent = search ? t('saved.renameTitle') : t('saved.saveTitle');
  const name = box.querySelector('#saved-name');
  name.value = search ? search.name : suggestedName(shown);
  box.querySelector('#saved-error').textContent = '';
  name.removeAttribute('aria-invalid');
  box.showModal();
  name.select();
}

function suggestedName(state) {
  const parts = [state?.q, ...Object.values(state?.filters ?? {})].filter(Boolean);
  return parts.join(' · ').slice(0, MAX_NAME);
}

async function submit(event) {
  event.preventDefault();
  const box = document.getElementById('saved-dialog');
  const input = box.querySelector('#saved-name');
  const name = input.value.normalize('NFC').trim();
  if (!name) {
    showError(t('saved.nameRequired'));
    return;
  }
  const answer = editing
    ? await sendJson('PUT', `${API}/${encodeURIComponent(editing.id)}`, { name })
    : await sendJson('POST', API, { name, q: shown?.q ?? '', filters: shown?.filters ?? {}, sort: shown?.sort });
  if (answer.status !== 200 && answer.status !== 201) {
    showError(failure(answer));
    return;
  }
  box.close();
  const status = document.getElementById('search-notice');
  status.textContent = t(editing ? 'saved.renamed' : 'saved.saved', { name: answer.data.name });
  searches = null;
  if (!document.getElementById('saved-panel').hidden) await load();
  document.getElementById(editing ? 'saved-toggle' : 'saved-save').focus();
}

function showError(text) {
  document.getElementById('saved-error').textContent = text;
  document.getElementById('saved-name').setAttribute('aria-invalid', 'true');
  document.getElementById('saved-name').focus();
}

function failure(answer) {
  if (answer.status === NETWORK_FAILURE) return t('error.network');
  if (answer.status === 409) return t('saved.conflict');
  if (answer.problem?.detail) return answer.problem.detail;
  return t('error.load', { status: answer.status });
}

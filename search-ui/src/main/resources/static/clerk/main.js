// For its side effect: posted forms (the logout button) carry the CSRF token.
import '../api.js';
import { h } from '../dom.js';
import { applyI18n, bindLangToggle, displayName, t } from '../i18n.js';
import { dossierForm } from './form.js';
import { call } from './http.js';
import { reviewQueue } from './queue.js';
import { redrawWorkspace, showWorkspace } from './workspace.js';

// The clerk's workspace page. Addresses: /clerk.html (open a dossier, create one, review queue) and
// /clerk.html?code=CODE[&seq=S] (one dossier; S is the page the queue pointed at).

const HOME = '/clerk.html';
let me = null;

function openHref(code, seq) {
  const params = new URLSearchParams({ code });
  if (seq) params.set('seq', String(seq));
  return `${HOME}?${params}`;
}

function route({ redraw = false } = {}) {
  const params = new URLSearchParams(location.search);
  const code = params.get('code');
  const root = document.getElementById('clerk-view');
  if (code && redraw) redrawWorkspace();
  else if (code) showWorkspace(root, code, me, HOME).then(() => focusPage(params.get('seq')));
  else showHome(root);
}

function focusPage(seq) {
  const card = seq && document.querySelector(`.page-card[data-seq="${CSS.escape(seq)}"]`);
  if (!card) return;
  card.classList.add('pointed');
  card.scrollIntoView({ block: 'center' });
  card.querySelector('button')?.focus();
}

function showHome(root) {
  document.title = t('clerk.pageTitle');
  const open = h('form', { id: 'open-form', class: 'open-form', onsubmit: (event) => {
    event.preventDefault();
    const code = document.getElementById('open-code').value.trim().toUpperCase();
    if (code) location.assign(openHref(code));
  } },
  h('label', { for: 'open-code' }, t('clerk.open.label')),
  h('div', { class: 'inline' },
    h('input', { id: 'open-code', type: 'text', autocapitalize: 'characters', spellcheck: 'false', required: true }),
    h('button', { type: 'submit', class: 'button' }, t('clerk.open.submit'))));
  const create = dossierForm({ mode: 'create', clearance: me?.clearance ?? 'UNCLASSIFIED', onSubmit: async (body) => {
    const answer = await call('POST', '/api/dossiers', body);
    if (answer.status === 201) location.assign(openHref(answer.data.code));
    return answer;
  } });
  root.replaceChildren(
    h('h1', { id: 'clerk-heading', tabindex: '-1' }, t('clerk.heading')),
    h('div', { class: 'clerk-home' },
      h('div', { class: 'home-left' },
        h('section', { class: 'panel', 'aria-labelledby': 'open-heading' },
          h('h2', { id: 'open-heading' }, t('clerk.open.heading')), open),
        h('section', { class: 'panel', 'aria-labelledby': 'create-heading' },
          h('h2', { id: 'create-heading' }, t('clerk.create.heading')),
          h('p', { class: 'hint' }, t('clerk.create.help')), create)),
      reviewQueue(openHref)));
}

function renderUser() {
  if (!me) return;
  document.getElementById('user-name').textContent = me.username;
  document.getElementById('user-clearance').textContent = t('header.clearance', {
    name: displayName('confidentiality', me.clearance, me.clearanceName),
  });
}

async function start() {
  applyI18n();
  bindLangToggle(document.getElementById('lang-toggle'), () => {
    renderUser();
    route({ redraw: true });
  });
  const answer = await call('GET', '/api/me');
  if (answer.status === 200) me = answer.data;
  renderUser();
  if (!me?.roles?.includes('CLERK')) {
    document.getElementById('clerk-view').replaceChildren(
      h('p', { class: 'notice error', role: 'alert' }, t('clerk.notClerk')));
    return;
  }
  route();
}

start();

import { dossierUrl, getJson, NETWORK_FAILURE } from './api.js';
import { confidentialityBadge } from './badge.js';
import { h, routeLink } from './dom.js';
import { displayName, formatNumber, t } from './i18n.js';
import { searchHref } from './urls.js';
import { pageViewer } from './viewer.js';

// The dossier last shown: a language switch redraws it without fetching again (every read of a classified
// dossier is audited, and a redraw is not a read). Navigating to a dossier always fetches, so page states
// that moved on (PENDING → RECOGNIZED) show up.
let lastDossier = null;
let generation = 0;

/** Draws the dossier named by state.code, opened on page state.seq (or its first page). */
export async function showDossier(state, { focus = false, redraw = false } = {}) {
  const current = ++generation;
  const view = document.getElementById('dossier-view');
  if (!redraw || lastDossier?.code !== state.code) {
    document.title = t('dossier.loading');
    view.setAttribute('aria-busy', 'true');
    view.replaceChildren(backLink(state), h('p', { class: 'notice', role: 'status' }, t('dossier.loading')));
    const answer = await getJson(dossierUrl(state.code));
    if (current !== generation) return;
    view.removeAttribute('aria-busy');
    if (answer.status !== 200) {
      renderFailure(view, state, answer.status);
      return;
    }
    lastDossier = { code: state.code, data: answer.data };
  }
  render(view, state, lastDossier.data);
  if (focus) document.getElementById('dossier-title').focus();
}

function render(view, state, dossier) {
  document.title = t('dossier.pageTitle', { title: dossier.title || dossier.code });
  const pages = dossier.pages ?? [];
  const viewer = pages.length ? pageViewer(dossier, state) : null;
  view.replaceChildren(
    backLink(state),
    h(
      'div',
      { class: 'dossier-head' },
      h('h2', { id: 'dossier-title', tabindex: '-1' }, dossier.title || dossier.code),
      confidentialityBadge(dossier.confidentiality, dossier.confidentialityName),
    ),
    h(
      'div',
      { class: 'dossier-body' },
      h('aside', { class: 'dossier-side' }, metadataPanel(dossier), viewer?.pageList),
      viewer ? viewer.viewer : h('p', { class: 'notice' }, t('dossier.noPages')),
    ),
  );
}

function renderFailure(view, state, status) {
  const messages = { 404: 'dossier.notFound', 403: 'dossier.forbidden' };
  const text =
    status === NETWORK_FAILURE ? t('error.network') : messages[status] ? t(messages[status]) : t('error.load', { status });
  document.title = `${t('app.name')} — ${text}`;
  view.replaceChildren(backLink(state), h('p', { class: 'notice error', role: 'alert', id: 'dossier-error' }, text));
}

function backLink(state) {
  return state.q
    ? routeLink(searchHref(state.q, state.page), { class: 'back-link' }, t('dossier.back'))
    : routeLink('/', { class: 'back-link' }, t('dossier.backHome'));
}

function metadataPanel(dossier) {
  const subject = dossier.subject ?? {};
  const rows = [
    ['dossier.code', dossier.code, 'code-value'],
    ['dossier.fullName', subject.fullName],
    ['dossier.birthYear', subject.birthYear],
    ['dossier.hometown', subject.hometown],
    ['dossier.category', displayName('category', dossier.category, dossier.categoryName)],
    ['dossier.confidentiality', displayName('confidentiality', dossier.confidentiality, dossier.confidentialityName)],
    ['dossier.status', dossier.status ? displayName('dossierStatus', dossier.status, null) : null],
    ['dossier.pageCount', formatNumber((dossier.pages ?? []).length)],
  ];
  return h(
    'section',
    { class: 'panel metadata', 'aria-labelledby': 'metadata-heading' },
    h('h3', { id: 'metadata-heading' }, t('dossier.metadata')),
    h(
      'dl',
      {},
      ...rows.flatMap(([label, value, cls]) => [
        h('dt', {}, t(label)),
        h('dd', { class: cls }, value == null || value === '' ? '—' : String(value)),
      ]),
    ),
  );
}

import { dossierUrl, getJson, NETWORK_FAILURE } from './api.js';
import { confidentialityBadge } from './badge.js';
import { h, routeLink } from './dom.js';
import { displayName, formatNumber, t } from './i18n.js';
import { hasCriteria, readState, searchHref } from './urls.js';
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
      pages.length ? originalLink(dossier.code) : null,
    ),
    h(
      'div',
      { class: 'dossier-body' },
      h('aside', { class: 'dossier-side' }, metadataPanel(dossier, viewer), viewer?.pageList),
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
  return hasCriteria(state)
    ? routeLink(searchHref(state, state.page), { class: 'back-link' }, t('dossier.back'))
    : routeLink('/', { class: 'back-link' }, t('dossier.backHome'));
}

/** Every field of the dossier model, grouped as an archivist reads a cover sheet; empty fields show a dash. */
function metadataPanel(dossier, viewer) {
  const subject = dossier.subject ?? {};
  const place = subject.hometownPlace ?? {};
  const location = dossier.location ?? {};
  const person = [
    ['dossier.fullName', subject.fullName],
    ['dossier.otherNames', (subject.otherNames ?? []).join('; ')],
    ['dossier.gender', subject.gender ? displayName('gender', subject.gender, null) : null],
    ['dossier.birthYear', subject.birthYear],
    ['dossier.birthDate', formatDate(subject.birthDate)],
    ['dossier.hometown', subject.hometown],
    ['dossier.place', [place.commune, place.district, place.province].filter(Boolean).join(' · ')],
    ['dossier.residence', subject.residence],
    ['dossier.citizenId', subject.citizenId, 'code-value'],
    ['dossier.oldId', subject.oldId, 'code-value'],
  ];
  const record = [
    ['dossier.code', dossier.code, 'code-value'],
    ['dossier.legacyCodes', (dossier.legacyCodes ?? []).join('; '), 'code-value'],
    ['dossier.category', displayName('category', dossier.category, dossier.categoryName)],
    ['dossier.confidentiality', displayName('confidentiality', dossier.confidentiality, dossier.confidentialityName)],
    ['dossier.status', dossier.status ? displayName('dossierStatus', dossier.status, dossier.statusName) : null],
    ['dossier.location', [location.store, location.shelf, location.box].some(Boolean)
      ? t('dossier.locationParts', { store: location.store ?? '—', shelf: location.shelf ?? '—', box: location.box ?? '—' }) : null],
    ['dossier.pageCount', formatNumber((dossier.pages ?? []).length)],
    ['dossier.version', dossier.version],
    ['dossier.created', [formatDateTime(dossier.createdAt), dossier.createdBy].filter(Boolean).join(' · ')],
  ];
  return h(
    'section',
    { class: 'panel metadata', 'aria-labelledby': 'metadata-heading' },
    h('h3', { id: 'metadata-heading' }, t('dossier.metadata')),
    h('h4', {}, t('dossier.person')),
    fieldList(person),
    h('h4', {}, t('dossier.record')),
    fieldList(record),
    h('h4', {}, t('dossier.decisions')),
    entryList(dossier.decisions, (d) => [d.number, formatDate(d.date), d.issuer, d.summary], null),
    h('h4', {}, t('dossier.documents')),
    entryList(dossier.documents, (d) => [d.type, d.number, formatDate(d.date), d.issuer, d.summary], (d) => pageRangeButton(d, viewer)),
  );
}

function fieldList(rows) {
  return h(
    'dl',
    {},
    ...rows.flatMap(([label, value, cls]) => [
      h('dt', {}, t(label)),
      h('dd', { class: value == null || value === '' ? null : cls }, value == null || value === '' ? '—' : String(value)),
    ]),
  );
}

function entryList(entries, parts, extra) {
  if (!entries?.length) return h('p', { class: 'notice' }, t('dossier.none'));
  return h(
    'ul',
    { class: 'entries' },
    ...entries.map((entry) => h('li', {}, parts(entry).filter(Boolean).join(' · '), extra ? extra(entry) : null)),
  );
}

function pageRangeButton(entry, viewer) {
  if (!entry.firstPage || !viewer) return null;
  const range = entry.lastPage && entry.lastPage !== entry.firstPage ? `${entry.firstPage}–${entry.lastPage}` : String(entry.firstPage);
  return h(
    'button',
    { type: 'button', class: 'link-button', onclick: () => viewer.goTo(entry.firstPage) },
    t('dossier.documentPages', { range }),
  );
}

function formatDate(value) {
  if (!value) return null;
  const [year, month, day] = String(value).split('-');
  return day ? `${day}/${month}/${year}` : String(value);
}

function formatDateTime(value) {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : date.toLocaleString(document.documentElement.lang === 'vi' ? 'vi-VN' : 'en-GB');
}

// Auditors get a link from the page on screen to the auditor's page, which downloads its original and verifies the
// checksum there (the auditor's page is refused to other roles, so the link is shown to auditors only).
let myRoles = null;

function originalLink(code) {
  const target = () => {
    const params = new URLSearchParams({ code, seq: String(readState().seq ?? 1) });
    return `/auditor.html?${params}`;
  };
  const link = h('a', { id: 'original-link', class: 'button small', href: target(), hidden: true,
    title: t('auditor.original.openFromDossierLabel'), onclick: () => link.setAttribute('href', target()) },
  t('auditor.original.openFromDossier'));
  myRoles ??= getJson('/api/me').then((answer) => answer.data?.roles ?? []);
  myRoles.then((roles) => {
    link.hidden = !roles.includes('AUDITOR');
    link.dataset.checked = 'true';
  });
  return link;
}

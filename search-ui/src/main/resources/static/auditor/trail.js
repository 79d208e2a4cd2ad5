import { NETWORK_FAILURE, sendJson } from '../api.js';
import { formatTime, table } from '../backoffice.js';
import { h } from '../dom.js';
import { formatNumber, t } from '../i18n.js';

// Search of the audit trail (who did what to which dossier, when, from where) and a check of its hash chain.
// GET /api/audit?user=&dossier=&from=&to=&action=&page=&size= answers { events: [...], total?, hasNext? } with page
// counted from 0; a server without the audit API answers 404, and the screen then says so instead of failing.

const SIZE = 25;
const FIELDS = [
  ['user', 'text'],
  ['dossier', 'text'],
  ['action', 'text'],
  ['from', 'date'],
  ['to', 'date'],
];

export function trailSection() {
  const results = h('div', { id: 'trail-results', 'aria-live': 'polite' });
  const form = h('form', { id: 'trail-form', class: 'trail-form', onsubmit: (event) => {
    event.preventDefault();
    search(form, 0, results);
  } },
  ...FIELDS.map(([name, type]) => h('div', { class: 'field' },
    h('label', { for: `trail-${name}` }, t(`auditor.trail.${name}`)),
    h('input', { id: `trail-${name}`, name, type, autocomplete: 'off', spellcheck: 'false' }))),
  h('div', { class: 'form-actions' },
    h('button', { id: 'trail-search', type: 'submit', class: 'button primary' }, t('auditor.trail.search'))));
  const verdict = h('div', { id: 'trail-verify-result', 'aria-live': 'polite' });
  const verify = h('button', { id: 'trail-verify', type: 'button', class: 'button', onclick: () => check(verify, verdict) },
    t('auditor.trail.verify'));
  return h('section', { id: 'trail', class: 'panel office-panel', 'aria-labelledby': 'trail-heading' },
    h('div', { class: 'panel-head' }, h('h2', { id: 'trail-heading' }, t('auditor.trail.heading')), verify),
    verdict, form, results);
}

async function search(form, page, results) {
  const params = new URLSearchParams();
  for (const [name] of FIELDS) {
    const value = form.elements[name].value.normalize('NFC').trim();
    if (value) params.set(name, value);
  }
  params.set('page', String(page));
  params.set('size', String(SIZE));
  results.replaceChildren(h('p', { class: 'notice', role: 'status' }, t('auditor.trail.loading')));
  const answer = await sendJson('GET', `/api/audit?${params}`);
  if (answer.status !== 200) {
    results.replaceChildren(unavailableOr(answer.status));
    return;
  }
  const events = answer.data?.events ?? [];
  const total = answer.data?.total ?? answer.data?.totalElements ?? null;
  const hasNext = answer.data?.hasNext ?? (total === null ? events.length === SIZE : (page + 1) * SIZE < total);
  results.replaceChildren(
    h('p', { id: 'trail-count', class: 'result-line' }, total === null
      ? t('auditor.trail.shown', { n: formatNumber(events.length) }) : t('auditor.trail.found', { n: formatNumber(total) })),
    events.length ? table({
      id: 'trail-table',
      caption: t('auditor.trail.caption'),
      headers: ['time', 'actor', 'action', 'dossier', 'page', 'outcome', 'client'].map((k) => t(`auditor.trail.col.${k}`)),
      rows: events.map((e) => [formatTime(e.time), e.actor, e.actionName ?? e.action, e.dossier, e.page,
        e.outcomeName ?? e.outcome, e.client]
        .map((cell) => (cell === null || cell === undefined || cell === '' ? '—' : String(cell)))),
    }) : h('p', { class: 'notice' }, t('auditor.trail.none')),
    pager(page, hasNext, (next) => search(form, next, results)));
}

function pager(page, hasNext, go) {
  if (page === 0 && !hasNext) return null;
  return h('nav', { class: 'pager', 'aria-label': t('auditor.trail.paging') },
    h('button', { type: 'button', class: 'button', disabled: page === 0, onclick: () => go(page - 1) }, t('search.prev')),
    h('span', { class: 'pager-info' }, t('auditor.trail.page', { page: formatNumber(page + 1) })),
    h('button', { type: 'button', class: 'button', disabled: !hasNext, onclick: () => go(page + 1) }, t('search.next')));
}

async function check(button, verdict) {
  button.disabled = true;
  verdict.replaceChildren(h('p', { class: 'notice', role: 'status' }, t('auditor.trail.verifying')));
  const answer = await sendJson('GET', '/api/audit/verify');
  button.disabled = false;
  if (answer.status !== 200) {
    verdict.replaceChildren(unavailableOr(answer.status));
    return;
  }
  const { intact, records, firstBroken } = answer.data;
  verdict.replaceChildren(h('p', { id: 'trail-verdict', class: `verdict ${intact ? 'ok' : 'bad'}`,
    dataset: { intact: String(Boolean(intact)) } },
  intact ? t('auditor.trail.intact', { n: formatNumber(records ?? 0) })
    : t('auditor.trail.broken', { n: formatNumber(records ?? 0), at: firstBroken ?? '?' })));
}

function unavailableOr(status) {
  if (status === 404) return h('p', { class: 'notice unavailable', dataset: { unavailable: 'true' } }, t('auditor.trail.unavailable'));
  return h('p', { class: 'notice error', role: 'alert' },
    status === NETWORK_FAILURE ? t('error.network') : t('error.load', { status }));
}

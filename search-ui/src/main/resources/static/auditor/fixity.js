import { NETWORK_FAILURE, sendJson } from '../api.js';
import { formatTime, table } from '../backoffice.js';
import { h } from '../dom.js';
import { formatNumber, t } from '../i18n.js';

// The latest fixity report (every master's SHA-256 checked against its manifest) and a button to start a run. A run
// goes on in the server after the 202; the screen polls /api/fixity/latest until a report newer than the run's start
// arrives.

const POLL = 2000;
const GIVE_UP = 10 * 60 * 1000;

export function fixitySection() {
  const body = h('div', { id: 'fixity-body', 'aria-live': 'polite' });
  const run = h('button', { id: 'fixity-run', type: 'button', class: 'button primary', onclick: () => start(run, body) },
    t('auditor.fixity.run'));
  const section = h('section', { id: 'fixity', class: 'panel office-panel', 'aria-labelledby': 'fixity-heading' },
    h('div', { class: 'panel-head' }, h('h2', { id: 'fixity-heading' }, t('auditor.fixity.heading')), run),
    h('p', { class: 'hint' }, t('auditor.fixity.help')),
    body);
  load(body);
  return section;
}

async function load(body) {
  const answer = await sendJson('GET', '/api/fixity/latest');
  if (answer.status === 404) {
    body.replaceChildren(h('p', { id: 'fixity-none', class: 'notice' }, t('auditor.fixity.none')));
    return null;
  }
  if (answer.status !== 200) {
    body.replaceChildren(h('p', { class: 'notice error', role: 'alert' },
      answer.status === NETWORK_FAILURE ? t('error.network') : t('error.load', { status: answer.status })));
    return null;
  }
  body.replaceChildren(...render(answer.data));
  return answer.data;
}

async function start(button, body) {
  button.disabled = true;
  const answer = await sendJson('POST', '/api/admin/fixity');
  if (answer.status !== 202) {
    button.disabled = false;
    body.prepend(h('p', { class: 'notice error', role: 'alert' }, t('error.load', { status: answer.status })));
    return;
  }
  const since = Date.parse(answer.data?.since ?? '') || Date.now();
  const status = h('p', { id: 'fixity-running', class: 'notice', role: 'status' }, t('auditor.fixity.running'));
  body.prepend(status);
  const deadline = Date.now() + GIVE_UP;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL));
    const probe = await sendJson('GET', '/api/fixity/latest');
    if (probe.status === 200 && Date.parse(probe.data.started) >= since - 1000) {
      body.replaceChildren(...render(probe.data));
      button.disabled = false;
      return;
    }
  }
  status.textContent = t('auditor.fixity.slow');
  button.disabled = false;
}

function render(report) {
  const intact = report.mismatched.length + report.missing.length + report.unreadable.length === 0;
  const findings = [
    ...report.mismatched.map((f) => [t('auditor.fixity.mismatched'), f.code, f.seq, f.key, f.expected, f.actual]),
    ...report.missing.map((f) => [t('auditor.fixity.missing'), f.code, f.seq, f.key, f.expected, '—']),
    ...report.unreadable.map((f) => [t('auditor.fixity.unreadable'), f.code, f.seq || '—', f.key, f.expected, f.reason]),
  ].map((cells) => cells.map((cell, i) => (i === 4 || (i === 5 && cells[0] === t('auditor.fixity.mismatched'))) && cell
    ? h('code', { class: 'hash' }, String(cell)) : String(cell ?? '—')));
  return [
    h('p', { id: 'fixity-verdict', class: `verdict ${intact ? 'ok' : 'bad'}`, dataset: { intact: String(intact) } },
      intact ? t('auditor.fixity.intact', { n: formatNumber(report.ok) })
        : t('auditor.fixity.broken', { n: formatNumber(findings.length) })),
    h('dl', { id: 'fixity-summary', class: 'summary-grid' },
      h('dt', {}, t('auditor.fixity.started')), h('dd', {}, formatTime(report.started)),
      h('dt', {}, t('auditor.fixity.finished')), h('dd', {}, formatTime(report.finished)),
      h('dt', {}, t('auditor.fixity.requestedBy')), h('dd', {}, report.requestedBy ?? '—'),
      h('dt', {}, t('auditor.fixity.checked')), h('dd', { id: 'fixity-checked' }, formatNumber(report.checked)),
      h('dt', {}, t('auditor.fixity.ok')), h('dd', {}, formatNumber(report.ok)),
      h('dt', {}, t('auditor.fixity.withheld')), h('dd', {}, formatNumber(report.withheld ?? 0))),
    findings.length ? table({
      id: 'fixity-findings',
      caption: t('auditor.fixity.findings'),
      headers: ['kind', 'code', 'seq', 'key', 'expected', 'actual'].map((k) => t(`auditor.fixity.col.${k}`)),
      rows: findings,
    }) : null,
  ].filter(Boolean);
}

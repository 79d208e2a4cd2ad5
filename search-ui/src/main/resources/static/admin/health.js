import { NETWORK_FAILURE, sendJson } from '../api.js';
import { formatTime } from '../backoffice.js';
import { h } from '../dom.js';
import { formatNumber, t } from '../i18n.js';

// The service's health as it answers now: storage reachable, documents in the index, version and uptime.

export function healthSection() {
  const body = h('div', { id: 'health-body', 'aria-live': 'polite' });
  const refresh = h('button', { id: 'health-refresh', type: 'button', class: 'button', onclick: () => load(body) },
    t('admin.health.refresh'));
  load(body);
  return h('section', { id: 'health', class: 'panel office-panel', 'aria-labelledby': 'health-heading' },
    h('div', { class: 'panel-head' }, h('h2', { id: 'health-heading' }, t('admin.health.heading')), refresh),
    body);
}

async function load(body) {
  body.replaceChildren(h('p', { class: 'notice', role: 'status' }, t('admin.loading')));
  const answer = await sendJson('GET', '/api/admin/health');
  if (answer.status !== 200) {
    body.replaceChildren(h('p', { class: 'notice error', role: 'alert' },
      answer.status === NETWORK_FAILURE ? t('error.network') : t('error.load', { status: answer.status })));
    return;
  }
  const report = answer.data;
  const part = (p, okText) => h('span', { class: `state ${p.ok ? 'ok' : 'bad'}` },
    p.ok ? okText : t('admin.health.failed', { detail: p.detail ?? '' }));
  body.replaceChildren(
    h('p', { id: 'health-verdict', class: `verdict ${report.healthy ? 'ok' : 'bad'}`, dataset: { healthy: String(report.healthy) } },
      report.healthy ? t('admin.health.healthy') : t('admin.health.unhealthy')),
    h('dl', { class: 'summary-grid' },
      h('dt', {}, t('admin.health.storage')),
      h('dd', { id: 'health-storage' }, part(report.storage, t('admin.health.reachable')), ` (${report.storage.kind})`),
      h('dt', {}, t('admin.health.index')),
      h('dd', { id: 'health-index' }, part(report.index, t('admin.health.documents', { n: formatNumber(report.index.count ?? 0) })),
        ` (${report.index.kind})`),
      h('dt', {}, t('admin.health.version')), h('dd', { id: 'health-version' }, report.version),
      h('dt', {}, t('admin.health.started')), h('dd', {}, formatTime(report.started)),
      h('dt', {}, t('admin.health.uptime')), h('dd', { id: 'health-uptime' }, uptime(report.uptime)),
      h('dt', {}, 'Java'), h('dd', {}, report.java)));
}

/** ISO-8601 duration (PT26H3M5S) as days, hours and minutes, or minutes and seconds when shorter than an hour. */
function uptime(iso) {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(iso ?? '');
  if (!match) return iso ?? '—';
  const total = (Number(match[1] ?? 0) * 3600) + (Number(match[2] ?? 0) * 60) + Number(match[3] ?? 0);
  const parts = { d: Math.floor(total / 86400), h: Math.floor((total % 86400) / 3600), m: Math.floor((total % 3600) / 60),
    s: total % 60 };
  if (parts.d) return t('admin.health.uptimeDays', parts);
  if (parts.h) return t('admin.health.uptimeHours', parts);
  return t('admin.health.uptimeMinutes', parts);
}

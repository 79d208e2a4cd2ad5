import { confidentialityBadge } from '../badge.js';
import { h } from '../dom.js';
import { displayName, formatNumber, t } from '../i18n.js';
import { call, pageApi } from './http.js';

// The review queue: pages that need a clerk (low confidence, or quarantined with a reason) across the dossiers the
// clerk may see. Each row links to the page in the clerk's workspace.

const FILTERS = [
  ['', 'clerk.queue.all'],
  ['NEEDS_REVIEW', 'clerk.queue.needsReview'],
  ['QUARANTINED', 'clerk.queue.quarantined'],
];

let filter = '';

/** The queue section; it loads itself and reloads when the filter changes. */
export function reviewQueue(openHref) {
  const list = h('ol', { id: 'review-queue', class: 'queue-list', 'aria-live': 'polite' });
  const count = h('p', { id: 'queue-count', class: 'notice', role: 'status' });
  const choices = h('div', { class: 'queue-filter', role: 'radiogroup', 'aria-label': t('clerk.queue.filter') },
    ...FILTERS.map(([value, key]) => h('label', { class: 'chip-choice' },
      h('input', { type: 'radio', name: 'queue-filter', value, checked: value === filter,
        onchange: () => { filter = value; load(list, count, openHref); } }),
      t(key))));
  load(list, count, openHref);
  return h('section', { class: 'panel queue', 'aria-labelledby': 'queue-heading' },
    h('h2', { id: 'queue-heading' }, t('clerk.queue.heading')), choices, count, list);
}

async function load(list, count, openHref) {
  count.textContent = t('clerk.loading');
  const answer = await call('GET', `/api/review?limit=200${filter ? `&status=${filter}` : ''}`);
  if (answer.status !== 200) {
    count.textContent = answer.status === 0 ? t('error.network') : t('error.load', { status: answer.status });
    count.classList.add('error');
    return;
  }
  const { total, items } = answer.data;
  count.textContent = total ? t('clerk.queue.count', { n: formatNumber(total) }) : t('clerk.queue.empty');
  list.replaceChildren(...items.map((item) => row(item, openHref)));
}

function row(item, openHref) {
  const page = item.page;
  const quarantined = page.status === 'QUARANTINED';
  const picture = quarantined
    ? h('span', { class: 'queue-thumb no-image', 'aria-hidden': 'true' }, '⚠')
    : h('img', { class: 'queue-thumb', alt: t('dossier.thumbLabel', { seq: item.position }), loading: 'lazy',
      src: `${pageApi(item.code, page.seq, 'thumb')}?v=${page.turn}-${String(page.sha256).slice(0, 8)}` });
  const why = quarantined
    ? t('dossier.reason', { reason: page.reason ?? '' })
    : t('dossier.confidence', { pct: formatNumber(page.ocrConfidence ?? 0) });
  return h('li', { class: 'queue-item', dataset: { code: item.code, seq: String(page.seq) } },
    picture,
    h('div', { class: 'queue-text' },
      h('a', { href: openHref(item.code, page.seq), class: 'queue-link' },
        `${item.fullName} · ${t('clerk.page.position', { n: item.position })}`),
      h('span', { class: 'code-value' }, item.code), ' ',
      confidentialityBadge(item.confidentiality, item.confidentialityName), ' ',
      h('span', { class: `status-chip status-${page.status.toLowerCase().replace('_', '-')}` },
        displayName('pageStatus', page.status, page.statusName)),
      h('p', { class: quarantined ? 'reason' : 'confidence' }, why)));
}

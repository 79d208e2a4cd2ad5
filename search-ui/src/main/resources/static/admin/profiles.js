import { NETWORK_FAILURE, sendJson } from '../api.js';
import { h } from '../dom.js';
import { formatNumber, t } from '../i18n.js';

// The scanner profiles the service knows, read-only: they are YAML files validated at start-up, changed by
// deploying files, never through the browser.

export function profilesSection() {
  const body = h('div', { id: 'profiles-body' }, h('p', { class: 'notice', role: 'status' }, t('admin.loading')));
  load(body);
  return h('section', { id: 'profiles', class: 'panel office-panel', 'aria-labelledby': 'profiles-heading' },
    h('h2', { id: 'profiles-heading' }, t('admin.profiles.heading')),
    h('p', { class: 'hint' }, t('admin.profiles.help')),
    body);
}

async function load(body) {
  const answer = await sendJson('GET', '/api/admin/profiles');
  if (answer.status !== 200) {
    body.replaceChildren(h('p', { class: 'notice error', role: 'alert' },
      answer.status === NETWORK_FAILURE ? t('error.network') : t('error.load', { status: answer.status })));
    return;
  }
  body.replaceChildren(h('ul', { id: 'profile-list', class: 'profile-list' }, ...answer.data.map(card)));
}

function card(p) {
  const yes = (value) => t(value ? 'admin.yes' : 'admin.no');
  const rows = [
    ['capture', `${t('admin.profiles.dpi', { min: p.capture.minDpi, render: p.capture.renderDpi })} · `
      + `${named('colour', p.capture.colourMode)} · ${named('source', p.capture.source)} · `
      + `${t('admin.profiles.duplex')}: ${yes(p.capture.duplex)}`],
    ['limits', t('admin.profiles.limitsValue', { mb: formatNumber(p.limits.maxBytes / 1048576, 0),
      mpx: formatNumber(p.limits.maxPixels / 1e6, 0), pages: formatNumber(p.limits.maxPages) })],
    ['cleanup', `${p.cleanup.steps.map((step) => named('step', step)).join(' → ') || '—'} · `
      + `${t('admin.profiles.blank', { ratio: p.cleanup.blankInkRatio })}`],
    ['ocr', t('admin.profiles.ocrValue', { lang: p.ocr.languages, psm: p.ocr.pageSegMode, floor: p.ocr.confidenceFloor })],
    ['batch', p.batch.separator === 'NONE' ? t('admin.profiles.noSplit')
      : `${p.batch.separator} · ${p.batch.codePattern}`],
    ['hotFolder', p.hotFolder.enabled ? t('admin.profiles.inbox', { inbox: p.hotFolder.inbox, settle: seconds(p.hotFolder.settle) })
      : t('admin.profiles.off')],
  ];
  return h('li', { class: 'profile-card', dataset: { profile: p.name } },
    h('h3', { class: 'profile-name' }, p.name),
    h('dl', { class: 'summary-grid' },
      ...rows.flatMap(([key, value]) => [h('dt', {}, t(`admin.profiles.${key}`)), h('dd', { dataset: { setting: key } }, value)])));
}

/** An enum value's display name (admin.profiles.<kind>.<VALUE>), or the value itself when none is defined. */
function named(kind, value) {
  const key = `admin.profiles.${kind}.${value}`;
  const text = t(key);
  return text === key ? value : text;
}

/** An ISO-8601 duration of seconds (PT5S, PT1M30S) as seconds; anything else as it came. */
function seconds(iso) {
  const match = /^PT(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(iso ?? '');
  if (!match || iso === 'PT') return iso ?? '—';
  return t('admin.profiles.seconds', { n: Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0) });
}

import { h } from '../dom.js';
import { displayName, formatNumber, t } from '../i18n.js';
import { call, pageApi, sendFile } from './http.js';

// The pages of a dossier in reading order, with the clerk's page work: move (buttons, or drag and drop), turn a
// quarter clockwise, replace the scan, accept a doubtful page as reviewed, withdraw. Every change answers with
// the whole dossier, which apply() draws again; focus goes back to the same control of the same page.

/** The page grid; editable when the dossier is a draft. apply(answer, focusSelector) redraws the workspace. */
export function pageGrid(dossier, editable, apply) {
  const pages = dossier.pages ?? [];
  if (!pages.length) return h('p', { class: 'notice', id: 'no-pages' }, t('dossier.noPages'));
  const order = pages.map((page) => page.seq);
  const grid = h('ol', { id: 'page-grid', class: 'page-grid', 'aria-label': t('dossier.pages') },
    ...pages.map((page, index) => card(dossier, page, index, { editable, order, apply })));
  if (editable) dragToReorder(grid, dossier.code, order, apply);
  return grid;
}

function card(dossier, page, index, context) {
  const position = index + 1;
  const status = page.status.toLowerCase().replace('_', '-');
  const picture = page.status === 'RECOGNIZED' || page.status === 'NEEDS_REVIEW'
    ? h('img', { alt: t('dossier.thumbLabel', { seq: position }), loading: 'lazy',
      src: `${pageApi(dossier.code, page.seq, 'thumb')}?v=${page.turn}-${String(page.sha256).slice(0, 8)}` })
    : h('span', { class: 'no-image', 'aria-hidden': 'true' }, page.status === 'PENDING' ? '…' : '⚠');
  const detail = page.status === 'QUARANTINED'
    ? h('p', { class: 'reason' }, t('dossier.reason', { reason: page.reason ?? '' }))
    : page.ocrConfidence != null ? h('p', { class: 'confidence' }, t('dossier.confidence', { pct: formatNumber(page.ocrConfidence) })) : null;
  return h('li', { class: `page-card status-${status}`, draggable: context.editable ? 'true' : null,
    dataset: { seq: String(page.seq), status: page.status } },
    h('div', { class: 'page-picture' }, picture),
    h('div', { class: 'page-facts' },
      h('strong', {}, t('clerk.page.position', { n: position })),
      h('span', { class: 'seq' }, t('clerk.page.seq', { seq: page.seq })),
      h('span', { class: `status-chip status-${status}` }, displayName('pageStatus', page.status, page.statusName)),
      detail,
      page.reviewedBy ? h('p', { class: 'reviewed' }, t('clerk.page.reviewedBy', { name: page.reviewedBy })) : null,
      page.originalName ? h('p', { class: 'file-name' }, page.originalName) : null),
    context.editable ? actions(dossier.code, page, position, context) : null);
}

function actions(code, page, position, { order, apply }) {
  const index = order.indexOf(page.seq);
  const hasView = page.status === 'RECOGNIZED' || page.status === 'NEEDS_REVIEW';
  const label = (key) => t(key, { n: position });
  const move = (delta, cls) => h('button', { type: 'button', class: `button small ${cls}`,
    disabled: index + delta < 0 || index + delta >= order.length, 'aria-label': label(`clerk.page.${cls}`),
    onclick: () => reorder(code, moved(order, index, index + delta), apply, `[data-seq="${page.seq}"] .${cls}`) },
  delta < 0 ? '◀' : '▶');
  const replaceInput = h('input', { type: 'file', class: 'visually-hidden', tabindex: '-1', 'aria-hidden': 'true',
    accept: '.tif,.tiff,.jpg,.jpeg,.png,.pdf', onchange: async () => {
      const file = replaceInput.files[0];
      if (!file) return;
      apply(await sendFile('PUT', pageApi(code, page.seq, 'master'), file, () => {}), `[data-seq="${page.seq}"] .replace`);
    } });
  return h('div', { class: 'page-actions' },
    move(-1, 'move-earlier'), move(1, 'move-later'),
    hasView ? h('button', { type: 'button', class: 'button small turn', 'aria-label': label('clerk.page.turnLabel'),
      onclick: async () => apply(await call('PUT', pageApi(code, page.seq, 'rotation'), { turn: (page.turn + 90) % 360 }),
        `[data-seq="${page.seq}"] .turn`) }, t('clerk.page.turn')) : null,
    h('button', { type: 'button', class: 'button small replace', 'aria-label': label('clerk.page.replaceLabel'),
      disabled: page.status === 'PENDING', onclick: () => replaceInput.click() }, t('clerk.page.replace')),
    replaceInput,
    page.status === 'NEEDS_REVIEW' ? h('button', { type: 'button', class: 'button small review',
      'aria-label': label('clerk.page.reviewLabel'),
      onclick: async () => apply(await call('POST', pageApi(code, page.seq, 'review')), '#page-grid') },
    t('clerk.page.review')) : null,
    h('button', { type: 'button', class: 'button small withdraw', 'aria-label': label('clerk.page.withdrawLabel'),
      onclick: async () => {
        if (!window.confirm(label('clerk.page.withdrawConfirm'))) return;
        apply(await call('DELETE', pageApi(code, page.seq)), '#page-grid');
      } }, t('clerk.page.withdraw')));
}

async function reorder(code, seqs, apply, focus) {
  apply(await call('PUT', `${pageApi(code, 'order')}`, { seqs }), focus);
}

function moved(order, from, to) {
  const next = [...order];
  const [seq] = next.splice(from, 1);
  next.splice(to, 0, seq);
  return next;
}

/** Mouse users may drag a page card onto another; the buttons do the same for keyboard users. */
function dragToReorder(grid, code, order, apply) {
  let dragged = null;
  grid.addEventListener('dragstart', (event) => {
    dragged = event.target.closest('.page-card')?.dataset.seq ?? null;
    event.dataTransfer.effectAllowed = 'move';
  });
  grid.addEventListener('dragover', (event) => {
    if (dragged) event.preventDefault();
  });
  grid.addEventListener('drop', (event) => {
    event.preventDefault();
    const target = event.target.closest('.page-card')?.dataset.seq;
    if (!dragged || !target || target === dragged) return;
    reorder(code, moved(order, order.indexOf(Number(dragged)), order.indexOf(Number(target))), apply, '#page-grid');
    dragged = null;
  });
}

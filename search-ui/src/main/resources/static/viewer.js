import { getText, NETWORK_FAILURE, pageUrl } from './api.js';
import { h } from './dom.js';
import { displayName, formatNumber, t } from './i18n.js';
import { dossierHref } from './urls.js';

// Zoom is a percentage of the frame's width (100 = fit to width). It is kept while the user moves between
// pages and dossiers, because a faint typewritten dossier is usually read at one magnification throughout.
const ZOOM_STEPS = [50, 67, 75, 100, 125, 150, 200, 300, 400];
let zoom = 100;

/**
 * The page list (thumbnails) and the viewer: the selected page's image with zoom controls and its
 * recognised text beside it. Returns { pageList, viewer } for the caller to place.
 * Opens on page state.seq when the dossier has it, otherwise on its first page; choosing another page
 * replaces the address (not a new history entry) so reload keeps the page but Back leaves the dossier.
 */
export function pageViewer(dossier, state) {
  const pages = dossier.pages;
  const parts = viewerParts(dossier.code, pages);
  let selected = -1;
  let textRequest = 0;

  function select(index) {
    if (index < 0 || index >= pages.length || index === selected) return;
    const initial = selected < 0;
    selected = index;
    const page = pages[index];
    parts.thumbs.forEach((thumb, i) => thumb.setAttribute('aria-current', String(i === index)));
    parts.label.textContent = t('dossier.pageOf', { seq: page.seq, count: pages.length });
    parts.prev.disabled = index === 0;
    parts.next.disabled = index === pages.length - 1;
    parts.status.replaceChildren(...statusLine(page));
    showImage(parts, dossier.code, page);
    loadText(page, ++textRequest);
    // On first draw the strip is not in the document yet; bring the chosen page into view once it is.
    const reveal = () => parts.thumbs[index].scrollIntoView({ block: 'nearest', inline: 'nearest' });
    if (initial) {
      requestAnimationFrame(reveal);
    } else {
      reveal();
      history.replaceState(null, '', dossierHref(dossier.code, page.seq, state));
    }
  }

  async function loadText(page, request) {
    parts.text.replaceChildren();
    parts.text.scrollTop = 0;
    parts.textNote.textContent = t('dossier.textLoading');
    const answer = await getText(pageUrl(dossier.code, page.seq, 'text'));
    if (request !== textRequest) return;
    if (answer.status === 200) {
      parts.text.textContent = answer.data;
      parts.textNote.textContent = answer.data.trim() ? '' : t('dossier.textEmpty');
    } else {
      parts.textNote.textContent = textFailure(page, answer.status);
    }
  }

  parts.thumbs.forEach((thumb, i) => thumb.addEventListener('click', () => select(i)));
  parts.prev.addEventListener('click', () => select(selected - 1));
  parts.next.addEventListener('click', () => select(selected + 1));
  parts.zoomOut.addEventListener('click', () => applyZoom(parts, ZOOM_STEPS.findLast((s) => s < zoom) ?? zoom));
  parts.zoomIn.addEventListener('click', () => applyZoom(parts, ZOOM_STEPS.find((s) => s > zoom) ?? zoom));
  parts.zoomFit.addEventListener('click', () => applyZoom(parts, 100));
  applyZoom(parts, zoom);
  select(Math.max(0, pages.findIndex((page) => page.seq === state.seq)));
  return { pageList: parts.pageList, viewer: parts.viewer };
}

function viewerParts(code, pages) {
  const button = (label, cls, text = label) =>
    h('button', { type: 'button', class: `button ${cls}`, 'aria-label': label, title: label }, text);
  const parts = {
    thumbs: pages.map((page) => thumbButton(code, page)),
    label: h('span', { class: 'page-label', 'aria-live': 'polite' }),
    prev: button(t('dossier.prevPage'), 'page-prev', '‹'),
    next: button(t('dossier.nextPage'), 'page-next', '›'),
    zoomOut: button(t('dossier.zoomOut'), 'zoom-out', '−'),
    zoomIn: button(t('dossier.zoomIn'), 'zoom-in', '+'),
    zoomFit: button(t('dossier.zoomFit'), 'zoom-fit'),
    zoomLabel: h('span', { class: 'zoom-label', 'aria-live': 'polite' }),
    status: h('div', { class: 'page-status', id: 'page-status' }),
    image: h('img', { id: 'page-image', alt: '' }),
    imageError: h('p', { class: 'notice error', hidden: true }, t('dossier.imageError')),
    text: h('div', { id: 'page-text', class: 'ocr-text', tabindex: '0', 'aria-labelledby': 'text-heading' }),
    textNote: h('p', { class: 'notice', id: 'page-text-note', role: 'status' }),
  };
  parts.image.addEventListener('error', () => {
    parts.image.hidden = true;
    parts.imageError.hidden = false;
  });
  parts.frame = h('div', { class: 'image-frame', tabindex: '0', role: 'region', 'aria-label': t('dossier.imageFrame') }, parts.image, parts.imageError);
  parts.pageList = h(
    'section',
    { class: 'panel page-list', 'aria-labelledby': 'page-list-heading' },
    h('h3', { id: 'page-list-heading' }, t('dossier.pages'), ' ', h('span', { class: 'count' }, `(${formatNumber(pages.length)})`)),
    h('ol', { class: 'thumbs' }, ...parts.thumbs.map((thumb) => h('li', {}, thumb))),
  );
  parts.viewer = h(
    'div',
    { class: 'viewer' },
    h(
      'div',
      { class: 'image-pane' },
      h(
        'div',
        { class: 'toolbar' },
        h('div', { class: 'group' }, parts.prev, parts.label, parts.next),
        h('div', { class: 'group' }, parts.zoomOut, parts.zoomLabel, parts.zoomIn, parts.zoomFit),
      ),
      parts.frame,
    ),
    h(
      'section',
      { class: 'text-pane', 'aria-labelledby': 'text-heading' },
      h('div', { class: 'toolbar' }, h('h3', { id: 'text-heading' }, t('dossier.text'))),
      parts.status,
      parts.textNote,
      parts.text,
    ),
  );
  return parts;
}

function thumbButton(code, page) {
  const label = `${t('dossier.thumbLabel', { seq: page.seq })}, ${displayName('pageStatus', page.status, null)}`;
  const image = h('img', { src: pageUrl(code, page.seq, 'thumb'), alt: '', loading: 'lazy', decoding: 'async' });
  const button = h(
    'button',
    { type: 'button', class: `thumb ${statusClass(page.status)}`, dataset: { seq: page.seq }, 'aria-label': label, title: label },
    image,
    h('span', { class: 'thumb-label', 'aria-hidden': 'true' }, String(page.seq)),
  );
  image.addEventListener('error', () => button.classList.add('no-image'), { once: true });
  return button;
}

function showImage(parts, code, page) {
  parts.imageError.hidden = true;
  parts.image.hidden = false;
  parts.image.alt = t('dossier.imageAlt', { seq: page.seq, code });
  parts.image.src = pageUrl(code, page.seq, 'view');
  parts.frame.scrollTo(0, 0);
}

function applyZoom(parts, level) {
  zoom = level;
  parts.image.style.width = `${zoom}%`;
  parts.zoomLabel.textContent = `${zoom}%`;
  parts.zoomOut.disabled = zoom <= ZOOM_STEPS[0];
  parts.zoomIn.disabled = zoom >= ZOOM_STEPS.at(-1);
}

function statusLine(page) {
  const line = [h('span', { class: `status-chip ${statusClass(page.status)}` }, displayName('pageStatus', page.status, null))];
  if (typeof page.ocrConfidence === 'number') {
    line.push(h('span', { class: 'confidence' }, t('dossier.confidence', { pct: formatNumber(page.ocrConfidence, 1) })));
  }
  if (page.reason) line.push(h('span', { class: 'reason' }, t('dossier.reason', { reason: page.reason })));
  return line;
}

function statusClass(status) {
  return `status-${String(status ?? 'unknown').toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

function textFailure(page, status) {
  if (status === 404) return page.status === 'PENDING' ? t('dossier.textPending') : t('dossier.textMissing');
  if (status === 403) return t('dossier.forbidden');
  return status === NETWORK_FAILURE ? t('error.network') : t('error.load', { status });
}

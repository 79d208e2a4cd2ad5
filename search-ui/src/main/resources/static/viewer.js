import { getJson, getText, NETWORK_FAILURE, pageUrl } from './api.js';
import { h } from './dom.js';
import { displayName, formatNumber, t } from './i18n.js';
import { openSeadragon } from './deepzoom.js';
import { dossierHref } from './urls.js';

// The page viewer: a deep-zoom image (OpenSeadragon over the service's IIIF endpoint) with the query's hits drawn
// as boxes, and the recognised text beside it with the same words marked. Keys anywhere in the dossier view:
// ←/→ and PageUp/PageDown change page (inside the image ←/→ pan it instead), + / − zoom, 0 fits, R rotates.

let keyHandler = null;

/**
 * The page list (thumbnails) and the viewer for a dossier; returns { pageList, viewer, goTo(seq) } for the caller
 * to place. Opens on page state.seq when the dossier has it, otherwise on its first page; choosing another page
 * replaces the address (not a new history entry) so reload keeps the page but Back leaves the dossier.
 */
export function pageViewer(dossier, state) {
  const pages = dossier.pages;
  const parts = viewerParts(dossier.code, pages);
  const query = state.q || state.filters?.name || '';
  const image = deepZoom(parts, dossier.code, query);
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
    const hits = image.show(page);
    loadText(page, ++textRequest, hits);
    // On first draw the strip is not in the document yet; bring the chosen page into view once it is.
    const reveal = () => parts.thumbs[index].scrollIntoView({ block: 'nearest', inline: 'nearest' });
    if (initial) {
      requestAnimationFrame(reveal);
    } else {
      reveal();
      history.replaceState(null, '', dossierHref(dossier.code, page.seq, state));
    }
  }

  async function loadText(page, request, hits) {
    parts.text.replaceChildren();
    parts.text.scrollTop = 0;
    parts.textNote.textContent = t('dossier.textLoading');
    const [answer, words] = await Promise.all([getText(pageUrl(dossier.code, page.seq, 'text')), hits]);
    if (request !== textRequest) return;
    if (answer.status === 200) {
      parts.text.replaceChildren(markedText(answer.data, words));
      parts.textNote.textContent = answer.data.trim() ? '' : t('dossier.textEmpty');
      parts.text.querySelector('mark')?.scrollIntoView({ block: 'center' });
    } else {
      parts.textNote.textContent = textFailure(page, answer.status);
    }
  }

  parts.thumbs.forEach((thumb, i) => thumb.addEventListener('click', () => select(i)));
  parts.prev.addEventListener('click', () => select(selected - 1));
  parts.next.addEventListener('click', () => select(selected + 1));
  bindKeys(parts, { previous: () => select(selected - 1), next: () => select(selected + 1), image });
  select(Math.max(0, pages.findIndex((page) => page.seq === state.seq)));
  return {
    pageList: parts.pageList,
    viewer: parts.viewer,
    goTo: (seq) => select(pages.findIndex((page) => page.seq === seq)),
  };
}

/** The image side: opens pages in OpenSeadragon once it has loaded, and draws the hit boxes on each. */
function deepZoom(parts, code, query) {
  let osd = null;
  let opening = 0;
  const ready = openSeadragon().then((OpenSeadragon) => {
    osd = OpenSeadragon({
      element: parts.imageBox,
      prefixUrl: '/webjars/openseadragon/2.4.2/build/openseadragon/images/',
      showNavigationControl: false,
      gestureSettingsMouse: { clickToZoom: false, dblClickToZoom: true },
      gestureSettingsTouch: { pinchRotate: false },
      visibilityRatio: 0.5,
      minZoomImageRatio: 0.5,
      maxZoomPixelRatio: 4,
      animationTime: 0.3,
    });
    // For tests and the console: the instance behind #page-image.
    parts.imageBox.osd = osd;
    osd.addHandler('zoom', () => showZoom(parts, osd));
    osd.addHandler('tile-drawn', () => parts.imageBox.setAttribute('data-drawn', 'true'));
    osd.addHandler('open-failed', () => {
      parts.imageError.hidden = false;
      parts.imageBox.setAttribute('aria-busy', 'false');
    });
    return OpenSeadragon;
  });
  ready.catch(() => (parts.imageError.hidden = false));

  const controls = {
    zoomIn: () => osd?.viewport.zoomBy(1.25).applyConstraints(),
    zoomOut: () => osd?.viewport.zoomBy(0.8).applyConstraints(),
    fit: () => osd?.viewport.goHome(),
    rotate: (by) => osd?.viewport.setRotation((((osd.viewport.getRotation() + by) % 360) + 360) % 360),
  };
  parts.zoomIn.addEventListener('click', controls.zoomIn);
  parts.zoomOut.addEventListener('click', controls.zoomOut);
  parts.zoomFit.addEventListener('click', controls.fit);
  parts.rotateLeft.addEventListener('click', () => controls.rotate(-90));
  parts.rotateRight.addEventListener('click', () => controls.rotate(90));

  /** Opens page; resolves to the page's hit words (empty without a query) for the text pane to mark. */
  function show(page) {
    const mine = ++opening;
    parts.imageError.hidden = true;
    parts.imageBox.removeAttribute('data-drawn');
    parts.imageBox.setAttribute('aria-busy', 'true');
    parts.imageBox.setAttribute('aria-label', t('dossier.imageAlt', { seq: page.seq, code }));
    parts.hitNote.textContent = '';
    const hits = query ? getJson(`${pageUrl(code, page.seq, 'hits')}?${new URLSearchParams({ q: query })}`) : Promise.resolve(null);
    ready.then((OpenSeadragon) => {
      if (mine !== opening) return;
      osd.viewport.setRotation(0);
      osd.addOnceHandler('open', async () => {
        parts.imageBox.setAttribute('aria-busy', 'false');
        const answer = await hits;
        if (mine === opening) drawHits(OpenSeadragon, osd, parts, answer);
      });
      osd.open(`${pageUrl(code, page.seq, 'iiif')}/info.json`);
    });
    return hits.then((answer) => (answer?.status === 200 ? answer.data.boxes ?? [] : []));
  }

  return { show, ...controls };
}

function drawHits(OpenSeadragon, osd, parts, answer) {
  osd.clearOverlays();
  if (!answer) return;
  const boxes = answer.status === 200 ? answer.data.boxes ?? [] : [];
  const width = answer.data?.width;
  // Boxes are in the page's pixels; OpenSeadragon's viewport measures the image as 1 wide, so both axes divide by width.
  if (width > 0) {
    for (const box of boxes) {
      const element = h('div', { class: 'hit-box', title: box.text, 'aria-hidden': 'true' });
      osd.addOverlay({ element, location: new OpenSeadragon.Rect(box.x / width, box.y / width, box.width / width, box.height / width) });
    }
  }
  parts.hitNote.textContent = boxes.length ? t('dossier.hits', { n: formatNumber(boxes.length) }) : t('dossier.noHits');
}

function showZoom(parts, osd) {
  const item = osd.world.getItemAt(0);
  if (!item) return;
  parts.zoomLabel.textContent = `${formatNumber(Math.round(item.viewportToImageZoom(osd.viewport.getZoom(true)) * 100))}%`;
}

function bindKeys(parts, { previous, next, image }) {
  if (keyHandler) document.removeEventListener('keydown', keyHandler);
  keyHandler = (event) => {
    if (!parts.viewer.isConnected || parts.viewer.closest('[hidden]')) return;
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.target.closest('input, textarea, select, [role="combobox"]')) return;
    const inImage = parts.imageBox.contains(event.target);
    const actions = {
      PageUp: previous,
      PageDown: next,
      ArrowLeft: inImage ? null : previous,
      ArrowRight: inImage ? null : next,
      '+': inImage ? null : image.zoomIn,
      '-': inImage ? null : image.zoomOut,
      0: inImage ? null : image.fit,
      r: inImage ? null : () => image.rotate(90),
      R: inImage ? null : () => image.rotate(-90),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };
  document.addEventListener('keydown', keyHandler);
}

/** The page text with every word that is a hit inside <mark>; built from text nodes only. */
function markedText(text, boxes) {
  const fragment = document.createDocumentFragment();
  const hitWords = new Set((boxes ?? []).map((box) => wordKey(box.text)).filter(Boolean));
  if (hitWords.size === 0) {
    fragment.append(text);
    return fragment;
  }
  for (const part of text.split(/(\s+)/)) {
    fragment.append(hitWords.has(wordKey(part)) ? h('mark', {}, part) : part);
  }
  fragment.normalize?.();
  return fragment;
}

function wordKey(word) {
  return String(word ?? '').normalize('NFC').toLocaleLowerCase('vi').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
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
    rotateLeft: button(t('dossier.rotateLeft'), 'rotate-left', '⟲'),
    rotateRight: button(t('dossier.rotateRight'), 'rotate-right', '⟳'),
    zoomLabel: h('span', { class: 'zoom-label', 'aria-live': 'polite' }),
    status: h('div', { class: 'page-status', id: 'page-status' }),
    hitNote: h('p', { class: 'hit-note', id: 'hit-note', role: 'status' }),
    imageBox: h('div', { id: 'page-image', class: 'deep-zoom', role: 'img', 'aria-describedby': 'viewer-keys' }),
    imageError: h('p', { class: 'notice error image-error', hidden: true }, t('dossier.imageError')),
    text: h('div', { id: 'page-text', class: 'ocr-text', tabindex: '0', 'aria-labelledby': 'text-heading' }),
    textNote: h('p', { class: 'notice', id: 'page-text-note', role: 'status' }),
  };
  parts.frame = h('div', { class: 'image-frame' }, parts.imageBox, parts.imageError);
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
        { class: 'toolbar', role: 'toolbar', 'aria-label': t('dossier.tools') },
        h('div', { class: 'group' }, parts.prev, parts.label, parts.next),
        h('div', { class: 'group' }, parts.zoomOut, parts.zoomLabel, parts.zoomIn, parts.zoomFit, parts.rotateLeft, parts.rotateRight),
      ),
      parts.frame,
      h('p', { class: 'viewer-keys', id: 'viewer-keys' }, t('dossier.keys')),
    ),
    h(
      'section',
      { class: 'text-pane', 'aria-labelledby': 'text-heading' },
      h('div', { class: 'toolbar' }, h('h3', { id: 'text-heading' }, t('dossier.text'))),
      parts.status,
      parts.hitNote,
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

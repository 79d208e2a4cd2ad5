import { h } from '../dom.js';
import { formatNumber, t } from '../i18n.js';
import { dossierApi, sendFile } from './http.js';

// Uploading scans: drop files on the zone or choose them with the picker (keyboard users reach the picker's
// button). Each file goes in its own request, one after another, so each shows its own progress and a failure
// stops nothing else. Multi-page TIFF and PDF files become several pages on the server.

const ACCEPT = '.tif,.tiff,.jpg,.jpeg,.png,.pdf,image/tiff,image/jpeg,image/png,application/pdf';

/** The upload section for a dossier; onUploaded() runs after each file the server accepted. */
export function uploadZone(code, onUploaded) {
  const list = h('ul', { id: 'upload-list', class: 'upload-list', 'aria-live': 'polite' });
  const input = h('input', { id: 'file-input', type: 'file', multiple: true, accept: ACCEPT, class: 'visually-hidden',
    tabindex: '-1', 'aria-hidden': 'true', onchange: () => { enqueue(code, [...input.files], list, onUploaded); input.value = ''; } });
  const zone = h('div', { id: 'drop-zone', class: 'drop-zone' },
    h('p', {}, t('clerk.upload.drop')),
    h('button', { type: 'button', id: 'choose-files', class: 'button', onclick: () => input.click() },
      t('clerk.upload.choose')),
    input,
    h('p', { class: 'hint' }, t('clerk.upload.formats')));
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    enqueue(code, [...event.dataTransfer.files], list, onUploaded);
  });
  return h('section', { class: 'panel upload', 'aria-labelledby': 'upload-heading' },
    h('h3', { id: 'upload-heading' }, t('clerk.upload.heading')), zone, list);
}

let chain = Promise.resolve();

function enqueue(code, files, list, onUploaded) {
  for (const file of files) {
    const item = uploadItem(file);
    list.append(item.element);
    chain = chain.then(() => send(code, file, item, onUploaded));
  }
}

async function send(code, file, item, onUploaded) {
  item.set('sending', 0);
  const answer = await sendFile('POST', `${dossierApi(code)}/pages`, file, (fraction) => item.set('sending', fraction));
  if (answer.status === 202) {
    item.set('done', 1, t('clerk.upload.done', { n: answer.data.pages.length }));
    onUploaded();
  } else {
    const reason = answer.status === 0 ? t('error.network') : answer.problem?.detail ?? t('error.load', { status: answer.status });
    item.set('failed', 0, reason);
  }
}

function uploadItem(file) {
  const bar = h('progress', { max: '100', value: '0', 'aria-label': t('clerk.upload.progressOf', { name: file.name }) });
  const state = h('span', { class: 'upload-state' }, t('clerk.upload.waiting'));
  const element = h('li', { class: 'upload-item', dataset: { state: 'waiting' } },
    h('span', { class: 'upload-name' }, file.name),
    h('span', { class: 'upload-size' }, `${formatNumber(file.size / 1024 / 1024, 1)} MB`), bar, state);
  return {
    element,
    set(stateName, fraction, text) {
      element.dataset.state = stateName;
      bar.value = Math.round(fraction * 100);
      state.textContent = text ?? (stateName === 'sending'
        ? t('clerk.upload.sending', { pct: formatNumber(fraction * 100) }) : t(`clerk.upload.${stateName}`));
    },
  };
}

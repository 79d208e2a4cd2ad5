import { dossierUrl, NETWORK_FAILURE, pageUrl, sendJson } from '../api.js';
import { h } from '../dom.js';
import { formatNumber, t } from '../i18n.js';
import { base64ToHex, sha256Hex } from './sha256.js';

// Original download with its checksum checked in the browser: the bytes received are hashed here and compared with
// what the server sent beside them (X-Content-SHA256, Repr-Digest) and with the SHA-256 the dossier's manifest
// recorded when the master was written. Only when all agree does the screen say the copy matches; the file is then
// offered for saving from memory, so what is saved is exactly what was checked.

let savedUrl = null;

/** The section; code and seq prefill the form (from ?code=&seq=), and a prefilled form is checked at once. */
export function originalSection({ code = '', seq = '' } = {}) {
  const result = h('div', { id: 'orig-result', class: 'orig-result', 'aria-live': 'polite' });
  const form = h('form', { id: 'orig-form', class: 'inline-form', onsubmit: (event) => {
    event.preventDefault();
    const dossier = form.elements.code.value.trim().toUpperCase();
    const page = Number.parseInt(form.elements.seq.value, 10);
    if (dossier && page > 0) verify(dossier, page, result);
  } },
  field('orig-code', t('auditor.original.code'), h('input', { id: 'orig-code', name: 'code', type: 'text', required: true,
    value: code, autocapitalize: 'characters', spellcheck: 'false', autocomplete: 'off' })),
  field('orig-seq', t('auditor.original.seq'), h('input', { id: 'orig-seq', name: 'seq', type: 'number', min: '1',
    required: true, value: seq, inputmode: 'numeric' })),
  h('button', { id: 'orig-fetch', type: 'submit', class: 'button primary' }, t('auditor.original.fetch')));
  const section = h('section', { id: 'original', class: 'panel office-panel', 'aria-labelledby': 'original-heading' },
    h('h2', { id: 'original-heading' }, t('auditor.original.heading')),
    h('p', { class: 'hint' }, t('auditor.original.help')),
    form, result);
  if (code && Number.parseInt(seq, 10) > 0) queueMicrotask(() => form.requestSubmit());
  return section;
}

async function verify(code, seq, result) {
  result.replaceChildren(h('p', { class: 'notice', role: 'status' }, t('auditor.original.loading')));
  const dossier = await sendJson('GET', dossierUrl(code));
  if (dossier.status !== 200) {
    result.replaceChildren(failure(dossier.status, 'auditor.original.noDossier'));
    return;
  }
  const page = (dossier.data.pages ?? []).find((p) => p.seq === seq);
  if (!page) {
    result.replaceChildren(h('p', { class: 'notice error', role: 'alert' }, t('auditor.original.noPage', { seq })));
    return;
  }
  let response;
  try {
    response = await fetch(pageUrl(code, seq, 'original'), { credentials: 'same-origin', cache: 'no-store',
      headers: { 'X-Requested-With': 'XMLHttpRequest' } });
  } catch {
    result.replaceChildren(failure(NETWORK_FAILURE));
    return;
  }
  if (!response.ok) {
    result.replaceChildren(failure(response.status, 'auditor.original.noOriginal'));
    return;
  }
  const bytes = await response.arrayBuffer();
  const computed = await sha256Hex(bytes);
  const check = {
    computed: computed.hex,
    by: computed.by,
    header: response.headers.get('X-Content-SHA256')?.trim().toLowerCase() ?? null,
    repr: reprDigestHex(response.headers.get('Repr-Digest')),
    recorded: page.sha256?.toLowerCase() ?? null,
  };
  const type = response.headers.get('Content-Type') ?? page.mediaType ?? 'application/octet-stream';
  const name = fileName(response.headers.get('Content-Disposition')) ?? page.originalName ?? `${code}-${seq}`;
  result.replaceChildren(...report(code, seq, check, { bytes, type, name }));
  document.getElementById('orig-verdict').focus();
}

/** All present digests equal the one computed here, and the manifest's is present. */
function matches(check) {
  return Boolean(check.recorded) && check.recorded === check.computed
    && [check.header, check.repr].every((other) => other === null || other === check.computed);
}

function report(code, seq, check, file) {
  const ok = matches(check);
  if (savedUrl) URL.revokeObjectURL(savedUrl);
  savedUrl = URL.createObjectURL(new Blob([file.bytes], { type: file.type }));
  const row = (label, value, id) => [
    h('dt', {}, label),
    h('dd', {}, value === null ? t('auditor.original.absent')
      : h('span', { class: 'hash-row' }, h('code', { id, class: 'hash' }, value),
        h('span', { class: value === check.computed ? 'tick ok' : 'tick bad' },
          value === check.computed ? t('auditor.original.same') : t('auditor.original.differs')))),
  ];
  return [
    h('p', { id: 'orig-verdict', class: `verdict ${ok ? 'ok' : 'bad'}`, dataset: { verdict: ok ? 'match' : 'mismatch' },
      tabindex: '-1', role: 'status' },
    ok ? t('auditor.original.match') : t('auditor.original.mismatch'),
    ok ? h('code', { id: 'orig-hex', class: 'hash' }, check.computed) : null),
    h('dl', { class: 'orig-facts' },
      h('dt', {}, t('auditor.original.file')), h('dd', {}, `${code} · ${t('auditor.original.pageN', { seq })} · ${file.name}`),
      h('dt', {}, t('auditor.original.size')), h('dd', {}, t('auditor.original.bytes', { n: formatNumber(file.bytes.byteLength) })),
      h('dt', {}, t('auditor.original.computed', { by: check.by })),
      h('dd', {}, h('code', { id: 'orig-computed', class: 'hash' }, check.computed)),
      ...row(t('auditor.original.recorded'), check.recorded, 'orig-recorded'),
      ...row('X-Content-SHA256', check.header, 'orig-header'),
      ...row('Repr-Digest', check.repr, 'orig-repr')),
    h('a', { id: 'orig-save', class: `button ${ok ? 'primary' : ''}`, href: savedUrl, download: file.name },
      ok ? t('auditor.original.save') : t('auditor.original.saveAnyway')),
  ];
}

function reprDigestHex(header) {
  const match = header?.match(/sha-256=:([A-Za-z0-9+/=]+):/);
  return match ? base64ToHex(match[1]) : null;
}

function fileName(disposition) {
  if (!disposition) return null;
  const extended = disposition.match(/filename\*=UTF-8''([^;]+)/i);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]);
    } catch {
      // A malformed escape falls back to the plain filename parameter.
    }
  }
  return disposition.match(/filename="([^"]+)"/i)?.[1] ?? null;
}

function failure(status, notFoundKey) {
  const key = status === NETWORK_FAILURE ? 'error.network'
    : status === 404 ? notFoundKey : status === 403 ? 'auditor.original.forbidden' : 'error.load';
  return h('p', { class: 'notice error', role: 'alert' }, t(key, { status, seq: '' }));
}

function field(id, label, input) {
  return h('div', { class: 'field' }, h('label', { for: id }, label), input);
}

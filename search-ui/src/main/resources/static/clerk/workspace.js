import { confidentialityBadge } from '../badge.js';
import { h } from '../dom.js';
import { currentLang, displayName, formatNumber, t } from '../i18n.js';
import { dossierForm } from './form.js';
import { call, dossierApi } from './http.js';
import { pageGrid } from './pages.js';
import { uploadZone } from './upload.js';

// One dossier in the clerk's hands: status and recognition progress (polled while pages are pending), the
// workflow actions (submit, approve, send back), upload, the pages, the description form and the history.

const POLL_MS = 1500;

let current = null;
let timer = null;
let uploadSection = null;

/** Draws the dossier named code for the user me; homeHref leads back to the workspace's start. */
export async function showWorkspace(root, code, me, homeHref) {
  clearTimeout(timer);
  uploadSection = null;
  root.replaceChildren(h('p', { class: 'notice', role: 'status' }, t('dossier.loading')));
  const answer = await call('GET', dossierApi(code));
  if (answer.status !== 200) {
    const key = answer.status === 404 ? 'dossier.notFound' : answer.status === 0 ? 'error.network' : null;
    root.replaceChildren(back(homeHref), h('p', { class: 'notice error', role: 'alert', id: 'clerk-error' },
      key ? t(key) : t('error.load', { status: answer.status })));
    return;
  }
  current = { root, me, homeHref, dossier: answer.data };
  render();
  document.getElementById('clerk-title').focus();
}

/** Draws again with the loaded data (language switch). */
export function redrawWorkspace() {
  if (current) render();
}

function render(focusSelector = null) {
  const { root, me, homeHref, dossier } = current;
  const editable = dossier.status === 'DRAFT';
  document.title = `${t('clerk.pageTitle')} — ${dossier.code}`;
  if (editable && !uploadSection) uploadSection = uploadZone(dossier.code, () => poll(0));
  root.replaceChildren(
    back(homeHref),
    h('div', { class: 'dossier-head' },
      h('h2', { id: 'clerk-title', tabindex: '-1' }, dossier.title || dossier.code),
      confidentialityBadge(dossier.confidentiality, dossier.confidentialityName),
      h('span', { id: 'dossier-status', class: `status-chip dossier-${dossier.status.toLowerCase()}`,
        dataset: { status: dossier.status } }, displayName('dossierStatus', dossier.status, dossier.statusName))),
    subLine(dossier),
    h('div', { class: 'workspace' },
      h('div', { class: 'workspace-main' },
        h('div', { class: 'workspace-top' }, h('div', { id: 'progress-slot' }, progressPanel(dossier)),
          editable ? uploadSection : null),
        h('div', { id: 'pages-slot' }, pagesSection(dossier, editable))),
      h('aside', { class: 'workspace-side' },
        workflowPanel(dossier, me),
        editable ? descriptionPanel(dossier, me) : null,
        historyPanel(dossier))));
  if (focusSelector) root.querySelector(focusSelector)?.focus();
  if (!dossier.progress.done) poll(POLL_MS);
}

function subLine(dossier) {
  return h('p', { class: 'dossier-sub', id: 'dossier-sub' }, h('span', { class: 'code-value' }, dossier.code), ' · ',
    dossier.subject?.fullName ?? '', ' · ', t('clerk.version', { n: dossier.version }));
}

function pagesSection(dossier, editable) {
  return h('section', { class: 'panel', 'aria-labelledby': 'pages-heading' },
    h('h3', { id: 'pages-heading' }, t('dossier.pages'), ' ',
      h('span', { class: 'count' }, `(${formatNumber((dossier.pages ?? []).length)})`)),
    editable ? h('p', { class: 'hint' }, t('clerk.page.help')) : null,
    pageGrid(dossier, editable, apply));
}

/**
 * Redraws only what recognition changes (progress and pages), so a form being filled in beside them is left alone;
 * focus on a page's control returns to the same control of the same page.
 */
function refresh() {
  const { root, dossier } = current;
  const active = document.activeElement;
  const card = active?.closest?.('.page-card');
  const focus = card && active.classList.length ? `[data-seq="${card.dataset.seq}"] .${[...active.classList].pop()}` : null;
  root.querySelector('#dossier-sub')?.replaceWith(subLine(dossier));
  root.querySelector('#progress-slot')?.replaceChildren(progressPanel(dossier));
  root.querySelector('#pages-slot')?.replaceChildren(pagesSection(dossier, dossier.status === 'DRAFT'));
  if (focus) root.querySelector(focus)?.focus();
  if (!dossier.progress.done) poll(POLL_MS);
}

function back(homeHref) {
  return h('a', { href: homeHref, class: 'back-link' }, t('clerk.back'));
}

function progressPanel(dossier) {
  const p = dossier.progress;
  const settled = p.total - p.pending;
  return h('section', { class: 'panel progress-panel', 'aria-labelledby': 'progress-heading' },
    h('h3', { id: 'progress-heading' }, t('clerk.progress.heading')),
    h('progress', { id: 'recognition-progress', max: String(Math.max(p.total, 1)), value: String(settled),
      'aria-labelledby': 'progress-heading', 'aria-describedby': 'progress-text' }),
    h('p', { id: 'progress-text', role: 'status', dataset: { done: String(p.done) } },
      p.total === 0 ? t('clerk.progress.none')
        : t('clerk.progress.counts', { settled, total: p.total, recognized: p.recognized, review: p.needsReview,
          quarantined: p.quarantined })));
}

function workflowPanel(dossier, me) {
  const buttons = [];
  if (dossier.status === 'DRAFT') {
    buttons.push(h('button', { type: 'button', id: 'submit-dossier', class: 'button primary',
      onclick: async () => apply(await call('POST', `${dossierApi(dossier.code)}/submit`), '#dossier-status') },
    t('clerk.workflow.submit')));
  }
  if (dossier.status === 'IN_REVIEW') {
    const own = dossier.submittedBy === me?.username;
    buttons.push(h('button', { type: 'button', id: 'approve-dossier', class: 'button primary', disabled: own,
      'aria-describedby': own ? 'approve-note' : null,
      onclick: async () => apply(await call('POST', `${dossierApi(dossier.code)}/approve`), '#dossier-status') },
    t('clerk.workflow.approve')));
    if (own) buttons.push(h('p', { id: 'approve-note', class: 'hint' }, t('clerk.workflow.ownSubmission')));
    buttons.push(sendBackForm(dossier));
  }
  const text = { DRAFT: 'clerk.workflow.draftHelp', IN_REVIEW: 'clerk.workflow.reviewHelp', ARCHIVED: 'clerk.workflow.archived' };
  return h('section', { class: 'panel workflow', 'aria-labelledby': 'workflow-heading' },
    h('h3', { id: 'workflow-heading' }, t('clerk.workflow.heading')),
    h('p', { class: 'hint' }, t(text[dossier.status], { name: dossier.submittedBy ?? '' })),
    h('p', { id: 'workflow-message', class: 'message error', role: 'alert', tabindex: '-1', hidden: true }),
    ...buttons);
}

function sendBackForm(dossier) {
  const note = h('textarea', { id: 'send-back-note', rows: '2', maxlength: '2000', required: true });
  return h('form', { class: 'send-back', onsubmit: async (event) => {
    event.preventDefault();
    if (!note.value.trim()) {
      note.setAttribute('aria-invalid', 'true');
      note.focus();
      return;
    }
    apply(await call('POST', `${dossierApi(dossier.code)}/send-back`, { note: note.value.normalize('NFC').trim() }),
      '#dossier-status');
  } },
  h('label', { for: 'send-back-note' }, t('clerk.workflow.note')), note,
  h('button', { type: 'submit', id: 'send-back', class: 'button' }, t('clerk.workflow.sendBack')));
}

function descriptionPanel(dossier, me) {
  return h('details', { class: 'panel description' },
    h('summary', {}, t('clerk.correct.heading')),
    dossierForm({ mode: 'correct', dossier, clearance: me?.clearance ?? 'UNCLASSIFIED',
      onSubmit: async (body) => {
        const answer = await call('PUT', dossierApi(dossier.code), body);
        if (answer.status === 200) apply(answer, '#clerk-title');
        return answer;
      } }));
}

function historyPanel(dossier) {
  const entries = [...(dossier.history ?? [])].reverse();
  return h('section', { class: 'panel history', 'aria-labelledby': 'history-heading' },
    h('h3', { id: 'history-heading' }, t('clerk.history.heading')),
    entries.length
      ? h('ol', { class: 'history-list' }, ...entries.map((entry) => h('li', {},
        h('strong', {}, t(`clerk.action.${entry.action}`)), ` — ${entry.by}, `,
        h('time', { datetime: entry.at }, when(entry.at)),
        entry.note ? h('span', { class: 'note' }, ` · ${entry.note}`) : null)))
      : h('p', { class: 'hint' }, t('clerk.history.none')));
}

function when(instant) {
  return new Intl.DateTimeFormat(currentLang() === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' })
    .format(new Date(instant));
}

/** Takes a change's answer: the new dossier on success, otherwise the problem shown in the workflow panel. */
function apply(answer, focusSelector) {
  if (answer.status >= 200 && answer.status < 300 && answer.data?.code) {
    current.dossier = answer.data;
    render(focusSelector);
    return;
  }
  const message = current.root.querySelector('#workflow-message');
  const problems = answer.problem?.problems?.length ? ` ${answer.problem.problems.join('; ')}` : '';
  message.textContent = answer.status === 0 ? t('error.network')
    : `${answer.problem?.title ?? t('error.load', { status: answer.status })}: ${answer.problem?.detail ?? ''}${problems}`;
  message.hidden = false;
  message.focus();
}

function poll(delay) {
  clearTimeout(timer);
  timer = setTimeout(async () => {
    if (!current) return;
    const answer = await call('GET', dossierApi(current.dossier.code));
    if (answer.status !== 200) return;
    const statusMoved = answer.data.status !== current.dossier.status;
    current.dossier = answer.data;
    if (statusMoved) render();
    else refresh();
  }, delay);
}

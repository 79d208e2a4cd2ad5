import { sendJson } from './api.js';
import { h } from './dom.js';
import { applyI18n, bindLangToggle, displayName, t } from './i18n.js';

// What the auditor's and the administrator's pages share: the header (user, clearance, language) and the check that
// the signed-in user holds the page's role. The server refuses the page to other roles too; this keeps a user whose
// roles changed mid-session from seeing a broken screen.

/**
 * Starts a back-office page: translates it, shows the user, and resolves to /api/me's answer, or to null (after
 * putting a notice in root) when the user lacks every role in roles. draw(me) is called again on a language switch.
 */
export async function startPage({ roles, root, draw }) {
  applyI18n();
  const answer = await sendJson('GET', '/api/me');
  const me = answer.status === 200 ? answer.data : null;
  const renderUser = () => {
    if (!me) return;
    document.getElementById('user-name').textContent = me.username;
    document.getElementById('user-clearance').textContent = t('header.clearance', {
      name: displayName('confidentiality', me.clearance, me.clearanceName),
    });
  };
  renderUser();
  const allowed = roles.some((role) => me?.roles?.includes(role));
  bindLangToggle(document.getElementById('lang-toggle'), () => {
    renderUser();
    if (allowed) draw(me);
  });
  if (!allowed) {
    root.replaceChildren(h('p', { class: 'notice error', role: 'alert' }, t('office.notAllowed')));
    return null;
  }
  draw(me);
  return me;
}

/** A date-time from the API (ISO-8601) in the page's language, or a dash. */
export function formatTime(value) {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return date.toLocaleString(document.documentElement.lang === 'vi' ? 'vi-VN' : 'en-GB');
}

/** A table with a caption, header cells and rows of cell contents (strings or nodes). */
export function table({ id, caption, headers, rows, className = 'data-table' }) {
  return h('div', { class: 'table-scroll' },
    h('table', { id, class: className },
      caption ? h('caption', {}, caption) : null,
      h('thead', {}, h('tr', {}, ...headers.map((text) => h('th', { scope: 'col' }, text)))),
      h('tbody', {}, ...rows.map((cells) => h('tr', {}, ...cells.map((cell) => h('td', {}, cell ?? '—')))))));
}

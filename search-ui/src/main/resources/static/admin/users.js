import { sendJson } from '../api.js';
import { table } from '../backoffice.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';

// The users panel appears only where the server offers a user list (GET /api/admin/users, an array of users with
// username, roles, clearance and jurisdiction); elsewhere the section says that users are managed in the users file.

export function usersSection() {
  const body = h('div', { id: 'users-body' }, h('p', { class: 'notice', role: 'status' }, t('admin.loading')));
  load(body);
  return h('section', { id: 'users', class: 'panel office-panel', 'aria-labelledby': 'users-heading' },
    h('h2', { id: 'users-heading' }, t('admin.users.heading')), body);
}

async function load(body) {
  const answer = await sendJson('GET', '/api/admin/users');
  const users = Array.isArray(answer.data) ? answer.data : answer.data?.users;
  if (answer.status !== 200 || !Array.isArray(users)) {
    body.replaceChildren(h('p', { class: 'notice unavailable', dataset: { unavailable: 'true' } }, t('admin.users.unavailable')));
    return;
  }
  body.replaceChildren(table({
    id: 'users-table',
    headers: ['username', 'roles', 'clearance', 'jurisdiction'].map((k) => t(`admin.users.col.${k}`)),
    rows: users.map((u) => [u.username, (u.roles ?? []).join(', '), u.clearanceName ?? u.clearance,
      [u.jurisdiction ?? u.jurisdictions ?? []].flat().join(', ') || t('admin.users.everywhere')].map((c) => String(c ?? '—'))),
  }));
}

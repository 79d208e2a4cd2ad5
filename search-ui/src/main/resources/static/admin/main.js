import { startPage } from '../backoffice.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { healthSection } from './health.js';
import { profilesSection } from './profiles.js';
import { usersSection } from './users.js';

// The administrator's page: service health, scanner profiles (read-only) and, where the server lists them, users.

const root = document.getElementById('admin-view');

function draw() {
  document.title = t('admin.pageTitle');
  root.replaceChildren(
    h('h1', { id: 'admin-heading', tabindex: '-1' }, t('admin.heading')),
    h('div', { class: 'office-grid' }, healthSection(), usersSection()),
    profilesSection());
}

startPage({ roles: ['ADMIN'], root, draw });

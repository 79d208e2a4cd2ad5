import { startPage } from '../backoffice.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { fixitySection } from './fixity.js';
import { originalSection } from './original.js';
import { trailSection } from './trail.js';

// The auditor's page: originals with their checksum verified, the fixity report, and the audit trail. Address:
// /auditor.html[?code=CODE&seq=S] (S prefilled for the original check, as the dossier view links to it).

const root = document.getElementById('auditor-view');

function draw() {
  const params = new URLSearchParams(location.search);
  document.title = t('auditor.pageTitle');
  root.replaceChildren(
    h('h1', { id: 'auditor-heading', tabindex: '-1' }, t('auditor.heading')),
    h('div', { class: 'office-grid' },
      originalSection({ code: params.get('code') ?? '', seq: params.get('seq') ?? '' }),
      fixitySection()),
    trailSection());
}

startPage({ roles: ['AUDITOR'], root, draw });

import { applyI18n, bindLangToggle, t } from './i18n.js';
// Imported for its effect too: it adds the CSRF token to the form as it is posted.
import './api.js';

// The form itself posts to /login without script; this only translates the page and explains why the
// server sent the user back here (?error after a failed attempt, ?locked after too many, ?logout after signing out).

function showOutcome() {
  const params = new URLSearchParams(location.search);
  const message = document.getElementById('login-message');
  const outcome = params.has('locked') ? 'locked' : params.has('error') ? 'error'
    : params.has('logout') ? 'logout' : null;
  const texts = { error: 'login.error', locked: 'login.locked', logout: 'login.loggedOut' };
  message.hidden = outcome === null;
  message.className = `message ${outcome === 'logout' ? 'info' : 'error'}`;
  message.textContent = outcome === null ? '' : t(texts[outcome]);
  document.title = t('login.pageTitle');
}

applyI18n();
showOutcome();
bindLangToggle(document.getElementById('lang-toggle'), showOutcome);

// The button is disabled in the HTML until this module (and api.js, which adds the CSRF token to the posted
// form) has run: a form sent earlier would carry no token and be refused.
document.getElementById('login-submit').disabled = false;
document.documentElement.dataset.ready = 'true';

import { applyI18n, bindLangToggle, t } from './i18n.js';

// The form itself posts to /login without script; this only translates the page and explains why the
// server sent the user back here (?error after a failed attempt, ?logout after signing out).

function showOutcome() {
  const params = new URLSearchParams(location.search);
  const message = document.getElementById('login-message');
  const outcome = params.has('error') ? 'error' : params.has('logout') ? 'logout' : null;
  message.hidden = outcome === null;
  message.className = `message ${outcome === 'error' ? 'error' : 'info'}`;
  message.textContent = outcome === 'error' ? t('login.error') : outcome === 'logout' ? t('login.loggedOut') : '';
  document.title = t('login.pageTitle');
}

applyI18n();
showOutcome();
bindLangToggle(document.getElementById('lang-toggle'), showOutcome);

// The only place that talks to the server. Every call resolves to { status, data } (data only on 2xx) so
// views can switch on the status; an ended session sends the browser to the login page instead.

const LOGIN = '/login';

export const NETWORK_FAILURE = 0;

export async function getJson(url) {
  const response = await send(url, 'application/json');
  if (!response.ok) return { status: response.status, data: null };
  return { status: response.status, data: await response.json() };
}

export async function getText(url) {
  const response = await send(url, 'text/plain');
  if (!response.ok) return { status: response.status, data: null };
  return { status: response.status, data: await response.text() };
}

export function dossierUrl(code) {
  return `/api/dossiers/${encodeURIComponent(code)}`;
}

export function pageUrl(code, seq, kind) {
  return `${dossierUrl(code)}/pages/${encodeURIComponent(seq)}/${kind}`;
}

// CSRF: the server keeps its token in the XSRF-TOKEN cookie; fetch sends it back as X-XSRF-TOKEN and forms
// that post (login, logout) as the _csrf field, added just before they are submitted.
export function csrfToken() {
  const cookie = document.cookie.split('; ').find((part) => part.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : '';
}

export function protectPostedForms(root = document) {
  root.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form.method.toLowerCase() !== 'post') return;
    let field = form.querySelector('input[name="_csrf"]');
    if (!field) {
      field = document.createElement('input');
      field.type = 'hidden';
      field.name = '_csrf';
      form.append(field);
    }
    field.value = csrfToken();
  }, true);
}

protectPostedForms();

async function send(url, accept) {
  let response;
  try {
    response = await fetch(url, {
      credentials: 'same-origin',
      // Asks Spring Security for a 401 rather than a redirect to the login form.
      headers: { Accept: accept, 'X-Requested-With': 'XMLHttpRequest', 'X-XSRF-TOKEN': csrfToken() },
    });
  } catch {
    return { ok: false, status: NETWORK_FAILURE };
  }
  if (response.status === 401 || landedOnLogin(response)) {
    location.assign(LOGIN);
    return { ok: false, status: 401 };
  }
  return response;
}

// A server that answers an expired session with a redirect makes fetch follow it to the login form.
function landedOnLogin(response) {
  return response.redirected && new URL(response.url).pathname === LOGIN;
}

/**
 * A request with any method and an optional JSON body. Resolves to { status, data, problem }: data on 2xx (null for
 * 204), the RFC 9457 problem (or null) otherwise. Changing requests carry the XSRF-TOKEN cookie back as the
 * X-XSRF-TOKEN header when the server set one (Spring's cookie CSRF); without the cookie nothing is added.
 */
export async function sendJson(method, url, body) {
  const headers = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
  if (method !== 'GET' && method !== 'HEAD') Object.assign(headers, csrfHeader());
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { status: NETWORK_FAILURE, data: null, problem: null };
  }
  if (response.status === 401 || landedOnLogin(response)) {
    location.assign(LOGIN);
    return { status: 401, data: null, problem: null };
  }
  const json = response.status === 204 ? null : await response.json().catch(() => null);
  return response.ok
    ? { status: response.status, data: json, problem: null }
    : { status: response.status, data: null, problem: json };
}

/** The X-XSRF-TOKEN header for the XSRF-TOKEN cookie, or no header when there is no such cookie. */
export function csrfHeader() {
  const token = csrfToken();
  return token ? { 'X-XSRF-TOKEN': token } : {};
}

// The clerk screens' calls to the server. Every call resolves to { status, data, problem }: data on 2xx, the
// RFC 9457 problem (or null) otherwise; 0 means the server could not be reached. An ended session goes to /login.

import { csrfHeader } from '../api.js';

const LOGIN = '/login';

/** A JSON request (GET, PUT, POST, DELETE); body is sent as JSON when given. */
export async function call(method, url, body) {
  const headers = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', ...csrfHeader() };
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
    return { status: 0, data: null, problem: null };
  }
  if (response.status === 401 || (response.redirected && new URL(response.url).pathname === LOGIN)) {
    location.assign(LOGIN);
    return { status: 401, data: null, problem: null };
  }
  const json = await response.json().catch(() => null);
  return response.ok ? { status: response.status, data: json, problem: null } : { status: response.status, data: null, problem: json };
}

/**
 * Sends one file as multipart field "file" with XMLHttpRequest, whose upload events (unlike fetch's) report
 * progress; onProgress receives a fraction from 0 to 1.
 */
export function sendFile(method, url, file, onProgress) {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    for (const [name, value] of Object.entries(csrfHeader())) xhr.setRequestHeader(name, value);
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      if (xhr.status === 401) {
        location.assign(LOGIN);
        return;
      }
      let json = null;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        // A body that is not JSON leaves the problem empty; the status still tells.
      }
      const ok = xhr.status >= 200 && xhr.status < 300;
      resolve({ status: xhr.status, data: ok ? json : null, problem: ok ? null : json });
    });
    xhr.addEventListener('error', () => resolve({ status: 0, data: null, problem: null }));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

export function dossierApi(code) {
  return `/api/dossiers/${encodeURIComponent(code)}`;
}

export function pageApi(code, seq, kind = '') {
  return `${dossierApi(code)}/pages/${encodeURIComponent(seq)}${kind ? `/${kind}` : ''}`;
}

// Talks to the Exit Desk API with the browser's session; every change carries the CSRF token.
let csrf = null;

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }

  /** Field errors of a 400, as {field: message}. */
  get fields() {
    const fields = {};
    for (const e of this.problem.errors ?? []) fields[e.field] = e.message;
    return fields;
  }
}

export async function session() {
  const response = await fetch('/api/session', { headers: { 'X-Requested-With': 'XMLHttpRequest' } });
  const body = await response.json();
  csrf = { header: body.csrfHeader, token: body.csrfToken };
  return body.user;
}

async function request(method, url, body, { form = false, raw = false, paged = false } = {}) {
  const headers = { 'X-Requested-With': 'XMLHttpRequest', Accept: raw ? '*/*' : 'application/json' };
  if (method !== 'GET') {
    if (!csrf) await session();
    headers[csrf.header] = csrf.token;
  }
  let payload;
  if (body !== undefined) {
    if (form) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      payload = new URLSearchParams(body).toString();
    } else {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
  }
  const response = await fetch(url, { method, headers, body: payload, credentials: 'same-origin' });
  if (!response.ok) {
    let problem = null;
    try {
      problem = await response.json();
    } catch {
      problem = null;
    }
    throw new ApiError(response.status, problem);
  }
  if (raw) return response.text();
  if (paged) return { items: await response.json(), next: nextLink(response.headers.get('Link')) };
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') ?? '';
  return type.includes('json') ? response.json() : response.text();
}

/** The target of a `Link: <url>; rel="next"` header, or null. */
function nextLink(header) {
  const match = /<([^>]+)>\s*;\s*rel="next"/.exec(header ?? '');
  return match ? match[1] : null;
}

export const api = {
  get: (url, options) => request('GET', url, undefined, options),
  post: (url, body, options) => request('POST', url, body, options),
  put: (url, body) => request('PUT', url, body),
  delete: (url) => request('DELETE', url),
  async login(username, password) {
    await session();
    await request('POST', '/login', { username, password }, { form: true });
    return session();
  },
  async logout() {
    await request('POST', '/logout');
    return session();
  },
};

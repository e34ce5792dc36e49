// Fetch helper for the Mentorkit REST API. Every call carries the headers the
// server uses to tell the UI apart from cross-site requests; unsafe methods
// also carry the session's CSRF token.

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const TIMEOUT_MS = 30000;

let csrfToken = null;
let unauthorizedHandler = null;

export function setCsrfToken(token) {
  csrfToken = token || null;
}

/** Called on any 401 except where the caller opted out (login, session probe). */
export function onUnauthorized(fn) {
  unauthorizedHandler = fn;
}

export class ApiError extends Error {
  constructor({ status, title, detail, type, instance, errors, retryAfter }) {
    super(detail || title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.title = title ?? null;
    this.detail = detail ?? null;
    this.type = type ?? null;
    this.instance = instance ?? null;
    this.errors = Array.isArray(errors) ? errors : [];
    this.retryAfter = retryAfter ?? null;
  }
}

function buildUrl(path, query) {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.append(key, String(value));
  }
  const qs = params.toString();
  if (!qs) return path;
  return path + (path.includes('?') ? '&' : '?') + qs;
}

function isRawBody(body) {
  return body instanceof FormData || body instanceof Blob || body instanceof URLSearchParams
    || body instanceof ArrayBuffer;
}

function parseRetryAfter(res) {
  const value = res.headers.get('Retry-After');
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function readBody(res) {
  if (res.status === 204 || res.status === 205) return null;
  const text = await res.text();
  if (!text) return null;
  const type = res.headers.get('Content-Type') || '';
  if (/json/i.test(type)) {
    try { return JSON.parse(text); } catch { return null; }
  }
  return text;
}

/**
 * api(path, { method, body, query, signal, redirectOn401, background }) → parsed JSON, text, or null.
 * Throws ApiError; status 0 means the server could not be reached.
 */
export async function api(path, options = {}) {
  const { method = 'GET', body, query, signal, redirectOn401 = true, background = false } = options;
  const verb = method.toUpperCase();
  const headers = {
    Accept: 'application/json',
    'X-Requested-With': 'mentorkit-ui',
  };
  if (UNSAFE.has(verb) && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  // Polls the user did not cause must not keep an unattended session alive.
  if (background) headers['X-Mentorkit-Background'] = '1';

  let payload;
  if (body !== undefined) {
    if (isRawBody(body)) {
      payload = body;
    } else {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
  }

  let res;
  try {
    res = await fetch(buildUrl(path, query), {
      method: verb,
      headers,
      body: payload,
      credentials: 'same-origin',
      cache: 'no-store',
      signal: signal ?? AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (cause) {
    if (cause?.name === 'AbortError' && signal?.aborted) throw cause;
    const err = new ApiError({ status: 0, title: 'Network error' });
    err.cause = cause;
    throw err;
  }

  const data = await readBody(res);
  if (res.ok) return data;

  const problem = data && typeof data === 'object' ? data : {};
  const err = new ApiError({
    status: res.status,
    title: problem.title,
    detail: problem.detail ?? (typeof data === 'string' && data.length < 300 ? data : null),
    type: problem.type,
    instance: problem.instance,
    errors: problem.errors,
    retryAfter: parseRetryAfter(res),
  });
  if (res.status === 401 && redirectOn401 && unauthorizedHandler) unauthorizedHandler(err);
  throw err;
}

api.get = (path, options) => api(path, { ...options, method: 'GET' });
api.post = (path, body, options) => api(path, { ...options, method: 'POST', body });
api.put = (path, body, options) => api(path, { ...options, method: 'PUT', body });
api.patch = (path, body, options) => api(path, { ...options, method: 'PATCH', body });
api.del = (path, options) => api(path, { ...options, method: 'DELETE' });

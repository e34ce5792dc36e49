// Hash routes. Paths look like "/", "/m/<id>", "/admin/users"; anything after "?" is ignored.

const ROUTES = [
  [/^\/login$/, 'login'],
  [/^\/?$/, 'home'],
  [/^\/m\/([^/]+)$/, 'module'],
  [/^\/admin\/users$/, 'users'],
  [/^\/admin\/audit$/, 'audit'],
  [/^\/admin\/modules$/, 'modules'],
  [/^\/admin\/retention$/, 'retention'],
  [/^\/account$/, 'account'],
  [/^\/account\/data$/, 'personalData'],
  [/^\/statistics$/, 'statistics'],
];

export const ADMIN_ONLY = new Set(['users', 'audit', 'modules', 'retention']);

/** Routes for those who coordinate: coordinators and admins. */
export const STAFF_ONLY = new Set(['statistics']);

export function currentPath() {
  return location.hash.replace(/^#/, '').split('?')[0] || '/';
}

export function parseRoute(path) {
  for (const [pattern, name] of ROUTES) {
    const match = pattern.exec(path);
    if (!match) continue;
    if (name !== 'module') return { name, path };
    try {
      return { name, path, id: decodeURIComponent(match[1]) };
    } catch {
      return { name: 'notFound', path };
    }
  }
  return { name: 'notFound', path };
}

/** Route guards' redirects use replace() so they stay out of the back-button history. */
export function redirect(path) {
  location.replace(`#${path}`);
}

/**
 * Copies typed-in values across a re-render of `root`, so switching language never
 * loses input. Hosted module content is left to the module.
 */
export function preservingInputs(root, rerender) {
  const values = new Map();
  for (const el of root.querySelectorAll('input[id], select[id], textarea[id]')) {
    if (el.closest('.module-root') || el.type === 'file') continue;
    values.set(el.id, el.type === 'checkbox' || el.type === 'radio' ? el.checked : el.value);
  }
  rerender();
  for (const [id, value] of values) {
    const el = document.getElementById(id);
    if (!el || !root.contains(el)) continue;
    if (el.type === 'checkbox' || el.type === 'radio') el.checked = value;
    else el.value = value;
  }
}

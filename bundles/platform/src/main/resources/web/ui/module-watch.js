// Keeps the installed-module list fresh: modules can be installed or removed at
// runtime, and a new one must show up without a page reload.

import { api } from './api.js';

const POLL_MS = 15000;

/**
 * onChange(modules) runs only when the list differs from the last one seen.
 * Concurrent refreshes (focus + visibilitychange fire together) share one request.
 */
export function createModuleWatch(onChange) {
  let timer = null;
  let inFlight = null;
  let lastSig = '';
  let active = false;

  function refresh() {
    if (!active) return Promise.resolve();
    inFlight ??= (async () => {
      try {
        const list = await api.get('/api/modules', { background: true });
        const modules = Array.isArray(list) ? list.filter((m) => m && typeof m.id === 'string') : [];
        const sig = JSON.stringify(modules);
        if (active && sig !== lastSig) {
          lastSig = sig;
          onChange(modules);
        }
      } catch (err) {
        // 401 is handled globally (back to login); anything else waits for the next poll.
        if (err.status !== 401) console.warn('Could not refresh the module list', err);
      } finally {
        inFlight = null;
      }
    })();
    return inFlight;
  }

  function onVisible() {
    if (!document.hidden) refresh();
  }

  window.addEventListener('focus', () => refresh());
  document.addEventListener('visibilitychange', onVisible);

  return {
    refresh,
    start() {
      active = true;
      clearInterval(timer);
      // A hidden tab skips the poll; coming back triggers one through focus/visibilitychange.
      timer = setInterval(onVisible, POLL_MS);
      return refresh();
    },
    stop() {
      active = false;
      lastSig = '';
      clearInterval(timer);
      timer = null;
    },
  };
}

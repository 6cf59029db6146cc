// Pages that show a case, the inbox, the cases or a client follow what the process does without a
// reload: they ask the API again every few seconds and, when the answer changed, change what the
// page shows in place (dom.js morph), so what the user is reading, typing or about to click stays.
// Polling rather than server-sent events: any instance of the app can answer it (no sticky
// sessions, no broker between instances), and it reads the same API the page already uses.
import { ApiError } from './api.js';
import { morph } from './dom.js';

const INTERVAL_MS = 4000;

/**
 * Follows `host` until it leaves the page: `load()` fetches what the page shows, `build(data)`
 * returns the page's nodes for it (without side effects), and `changed(data)`, when given, runs
 * after each update. `first` is what the page was first built from.
 */
export function follow(host, { load, build, changed, first }) {
  host.following?.abort();
  const control = new AbortController();
  host.following = control;
  let last = JSON.stringify(first);
  let typed = false;
  host.addEventListener('input', () => { typed = true; }, { signal: control.signal });
  host.addEventListener('submit', () => { typed = false; }, { capture: true, signal: control.signal });

  let timer = null;
  const update = async () => {
    if (control.signal.aborted) return;
    if (!host.isConnected) {
      control.abort();
      return;
    }
    if (document.hidden || busy(host, typed)) return;
    try {
      const data = await load();
      const answer = JSON.stringify(data);
      if (answer !== last && host.isConnected && !control.signal.aborted && !busy(host, typed)) {
        last = answer;
        const fresh = host.cloneNode(false);
        fresh.append(...[build(data)].flat().filter(Boolean));
        morph(host, fresh);
        await changed?.(data);
      }
    } catch (error) {
      // A failed poll changes nothing on screen; the next one tries again.
      if (!(error instanceof ApiError)) console.warn('Live update failed', error);
    }
  };
  const tick = async () => {
    await update();
    if (!control.signal.aborted) timer = setTimeout(tick, INTERVAL_MS);
  };
  timer = setTimeout(tick, INTERVAL_MS);
  control.signal.addEventListener('abort', () => clearTimeout(timer));
  // After the user's own action: show its effect now rather than at the next poll.
  return { refresh: update };
}

/** The user is in a field of the page, or has typed into one that is not sent yet. */
function busy(host, typed) {
  const active = document.activeElement;
  if (active && host.contains(active) && active.matches('input, textarea, select')) return true;
  if (!typed) return false;
  return [...host.querySelectorAll('textarea, input:not([type=radio]):not([type=checkbox]):not([type=hidden])')]
    .some((field) => field.value !== field.defaultValue);
}

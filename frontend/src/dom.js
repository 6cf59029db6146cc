// Builds DOM nodes from data without ever parsing strings as HTML: client data stays text.

// Elements given an event listener by h(): morph() keeps one only while it stays the same, since
// its listener was made for what it showed.
const listening = new WeakSet();

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2).toLowerCase(), value);
      listening.add(el);
    } else if (key === 'class') {
      el.className = value;
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Empties the element, then appends the children given (null and false are skipped). */
export function clear(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

const SVG = 'http://www.w3.org/2000/svg';
export function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== null) el.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/**
 * Makes `live` show what `fresh` shows, changing only what differs: unchanged elements stay the
 * same nodes (focus, scroll, a half-typed field and references to them survive), children with a
 * `data-key` are matched by it, an element marked `data-live="keep"` (a drawn diagram, an opened
 * preview) is left alone, and a field's current value is never overwritten.
 */
export function morph(live, fresh) {
  syncAttributes(live, fresh);
  if (live.dataset?.live === 'keep') return;
  const byKey = new Map();
  for (const child of live.childNodes) if (keyOf(child) !== null) byKey.set(keyOf(child), child);
  let cursor = live.firstChild;
  for (const next of [...fresh.childNodes]) {
    const key = keyOf(next);
    let match = null;
    if (key !== null) match = byKey.get(key) ?? null;
    else if (cursor && keyOf(cursor) === null && sameKind(cursor, next)) match = cursor;
    if (match && listening.has(match) && match.outerHTML !== next.outerHTML) match = null;
    if (match && match.nodeType === Node.ELEMENT_NODE && match.dataset.live === 'keep') {
      // Kept as it is, wherever it stands.
    } else if (match && match.nodeType === Node.ELEMENT_NODE) {
      morph(match, next);
    } else if (match && match.nodeValue !== next.nodeValue) {
      match.nodeValue = next.nodeValue;
    }
    if (!match) {
      live.insertBefore(next, cursor);
    } else if (match === cursor) {
      cursor = cursor.nextSibling;
    } else {
      live.insertBefore(match, cursor);
    }
  }
  while (cursor) {
    const next = cursor.nextSibling;
    cursor.remove();
    cursor = next;
  }
}

function keyOf(node) {
  return node.nodeType === Node.ELEMENT_NODE && node.dataset.key !== undefined ? node.dataset.key : null;
}

function sameKind(a, b) {
  return a.nodeType === b.nodeType && a.nodeName === b.nodeName;
}

function syncAttributes(live, fresh) {
  if (live.nodeType !== Node.ELEMENT_NODE) return;
  const field = live.matches('input, textarea, select');
  for (const { name } of [...live.attributes]) {
    if (!fresh.hasAttribute(name) && !(field && (name === 'value' || name === 'checked'))) live.removeAttribute(name);
  }
  for (const { name, value } of fresh.attributes) {
    if (field && (name === 'value' || name === 'checked')) continue;
    if (live.getAttribute(name) !== value) live.setAttribute(name, value);
  }
}

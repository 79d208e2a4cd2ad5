// Elements are built from nodes and text only; nothing in the UI assigns innerHTML, so text from the server can
// never become markup.

/**
 * An element with the given properties and children. Properties: class, text, dataset (object), on<event>
 * listeners, and any other key as an attribute (true → present, null/false/undefined → absent).
 * Children are nodes or strings; strings become text nodes.
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value == null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  el.append(...children.flat().filter((child) => child != null && child !== false));
  return el;
}

/** Same-page links carry data-route; the app handles them without a reload. */
export function routeLink(href, props, ...children) {
  return h('a', { ...props, href, 'data-route': true }, ...children);
}

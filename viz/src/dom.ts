// Tiny DOM builder for the view. Every piece of data becomes a text node (never HTML), and links
// only get an href when it is an http(s) URL.
type Child = Node | string | number | null | undefined | false;
type Props = { className?: string; title?: string; hidden?: boolean; dataset?: Record<string, string> } & Record<string, unknown>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) {
    for (const [key, value] of Object.entries(props)) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'className') el.className = String(value);
      else if (key === 'dataset') Object.assign(el.dataset, value);
      else if (key === 'style') el.setAttribute('style', String(value));
      else if (key === 'hidden') el.hidden = Boolean(value);
      else el.setAttribute(key, String(value));
    }
  }
  append(el, ...children);
  return el;
}

export function append(el: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** An absolute http(s) URL for a link target, or null (javascript:, data: and the like are refused). */
export function safeHref(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = /^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A link opened in a new tab when the URL is safe, plain text otherwise. */
export function link(raw: string | null | undefined, text: string): HTMLElement {
  const href = safeHref(raw);
  if (!href) return h('span', null, text);
  return h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, text);
}

export function clear(el: Element): void {
  el.replaceChildren();
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing #${id} in index.html`);
  return el as T;
}

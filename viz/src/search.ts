// Search box with autocomplete over names and aliases (server-side, so it covers nodes not yet
// loaded): arrow keys move, Enter or click chooses, Escape closes; "/" focuses the box.
import type { SearchHit } from '../../src/serve/api-schema.ts';
import { api } from './api.ts';
import { byId, clear, h } from './dom.ts';
import { typeColor } from './palette.ts';

export function setupSearch(onChoose: (hit: SearchHit) => void): void {
  const input = byId<HTMLInputElement>('search-input');
  const list = byId<HTMLUListElement>('search-results');
  let hits: SearchHit[] = [];
  let cursor = -1;
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    list.hidden = true;
    cursor = -1;
  };
  const render = () => {
    clear(list);
    hits.forEach((hit, i) => {
      const li = h('li', { role: 'option', 'aria-selected': i === cursor ? 'true' : 'false', dataset: { id: hit.id } },
        h('span', { className: 'swatch', style: `background:${typeColor(hit.type)}` }),
        h('span', { className: 'hit-name' }, hit.name),
        hit.alias ? h('span', { className: 'hit-alias' }, `aka ${hit.alias}`) : null,
        h('span', { className: 'hit-degree', title: 'links' }, hit.type));
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        choose(i);
      });
      list.append(li);
    });
    list.hidden = hits.length === 0;
  };
  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.name;
    close();
    input.blur();
    onChoose(hit);
  };
  const lookup = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    if (q.length < 1) {
      hits = [];
      render();
      return;
    }
    try {
      const found = await api.search(q);
      if (mine !== seq) return;
      hits = found;
      cursor = found.length > 0 ? 0 : -1;
      render();
    } catch {
      if (mine === seq) close();
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void lookup(), 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length === 0) return;
      cursor = (cursor + (e.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(Math.max(0, cursor));
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('focus', () => {
    if (hits.length > 0) list.hidden = false;
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === '/' && document.activeElement?.tagName !== 'INPUT') {
      e.preventDefault();
      input.focus();
    }
  });
}

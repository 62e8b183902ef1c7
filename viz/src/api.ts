// Typed calls to the `medkg serve` JSON API; failures become ApiFailure with the server's message.
import type { AskAnswer, EntityDetails, GraphSlice, Health, SearchHit } from '../../src/serve/api-schema.ts';

export class ApiFailure extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly hint: string | null,
  ) {
    super(message);
  }
}

async function request<T>(path: string, params: Record<string, string | number | undefined>, body?: unknown): Promise<T> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, String(v));
  const qs = query.toString();
  const response = await fetch(`api/${path}${qs ? `?${qs}` : ''}`, body === undefined
    ? undefined
    : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const data = (await response.json().catch(() => ({ error: `HTTP ${response.status}` }))) as unknown;
  if (!response.ok) {
    const e = data as { error?: string; hint?: string };
    throw new ApiFailure(e.error ?? `HTTP ${response.status}`, response.status, e.hint ?? null);
  }
  return data as T;
}

export const api = {
  health: () => request<Health>('health', {}),
  slice: (p: { focus?: string; depth?: number; types?: string; limit?: number }) => request<GraphSlice>('graph', p),
  benchmark: (id: string) => request<GraphSlice>('benchmark', { id }),
  subgraph: (refs: string[]) => request<GraphSlice>('subgraph', {}, { refs }),
  entity: (id: string) => request<EntityDetails>('entity', { id }),
  search: (q: string) => request<SearchHit[]>('search', { q, limit: 12 }),
  ask: (q: string) => request<AskAnswer>('ask', { q }),
};

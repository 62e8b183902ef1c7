// The server's one Neo4j connection, opened on first use and reopened after the server went away,
// so `medkg serve` keeps running (and the page says what is wrong) while Neo4j is down. Requests
// never start the local server themselves: that would hold a page for minutes.
import { connect, type Connection } from '../db/index.ts';
import { DatabaseUnavailableError } from '../errors.ts';
import type { Settings } from '../settings.ts';
import { LOCAL_BOLT_URI } from '../settings.ts';

export interface ConnectionSource {
  /** an open connection, or DatabaseUnavailableError */
  get(): Promise<Connection>;
  /** forget the connection (after the server went away), so the next get() reconnects */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** The useful part of a driver error: "connect ECONNREFUSED 127.0.0.1:7687" rather than a paragraph. */
export function shortReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = /Caused by: (.+)$/m.exec(message)?.[1];
  const first = message.split('\n')[0]!.split('. ')[0]!;
  return (cause ? `${first.replace(/\.$/, '')}: ${cause}` : first).slice(0, 200);
}

export function lazyConnection(settings: Settings, options: { initial?: Connection; open?: typeof connect } = {}): ConnectionSource {
  const uri = settings.neo4jUri ?? LOCAL_BOLT_URI;
  const explicit: Settings = { ...settings, neo4jUri: uri };
  const open = options.open ?? connect;
  let current: Promise<Connection> | null = options.initial ? Promise.resolve(options.initial) : null;
  return {
    get() {
      current ??= open(explicit, { say: () => {} }).catch((error: unknown) => {
        current = null;
        throw new DatabaseUnavailableError(`cannot reach Neo4j at ${uri} (${shortReason(error)})`);
      });
      return current;
    },
    async reset() {
      const old = current;
      current = null;
      if (old) await old.then((c) => c.close()).catch(() => undefined);
    },
    async close() {
      await this.reset();
    },
  };
}

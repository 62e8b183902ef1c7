// The server's one Neo4j connection, opened on first use and reopened after the server went away,
// so `medkg serve` starts (and the page can say what is wrong) even while Neo4j is down.
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

export function lazyConnection(settings: Settings, open: typeof connect = connect): ConnectionSource {
  let current: Promise<Connection> | null = null;
  const where = settings.neo4jUri ?? LOCAL_BOLT_URI;
  return {
    get() {
      current ??= open(settings).catch((error: unknown) => {
        current = null;
        if (error instanceof DatabaseUnavailableError) throw error;
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new DatabaseUnavailableError(`cannot reach Neo4j at ${where}: ${reason}`);
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

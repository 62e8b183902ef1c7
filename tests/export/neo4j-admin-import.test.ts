// The bulk path for real: the exported CSVs go through Neo4j's own import tool (neo4j-admin database
// import full, from the launcher's Maven dependencies) into a fresh store, a throwaway server opens it,
// and `medkg load` of the same extractions then creates nothing: the bulk graph is the loader's graph.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect, type Connection } from '../../src/db/index.ts';
import { javaCommand, launcherIsBuilt } from '../../src/db/launcher-build.ts';
import { LAUNCHER } from '../../src/db/local-paths.ts';
import { collectGraph, CSV_FILES, writeNeo4jAdminCsv } from '../../src/export/index.ts';
import { applySchema, graphCounts, loadRecords } from '../../src/load/index.ts';
import { runReadOnly } from '../../src/query/index.ts';
import { resolveSettings } from '../../src/settings.ts';
import { asItems } from '../load/expected-counts.ts';
import { startPrivateServer, type PrivateServer } from '../load/private-server.ts';
import { EXPECTED_NODES, EXPECTED_RELATIONSHIPS, INJECTION_TITLE, SYNTHETIC } from '../load/fixtures.ts';

const PORT = 7689;
let server: PrivateServer | undefined;
let conn: Connection | undefined;

afterAll(async () => {
  await conn?.close();
  await server?.stop();
});

describe.skipIf(!launcherIsBuilt())('neo4j-admin import of the exported CSVs', () => {
  it('imports every node and relationship, and a later load matches them all', { timeout: 300_000 }, async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), 'medkg-import-'));
    const csvDir = path.join(home, 'csv');
    await mkdir(path.join(home, 'conf'), { recursive: true });
    await writeFile(path.join(home, 'conf', 'neo4j.conf'), '');
    await writeNeo4jAdminCsv(await collectGraph(asItems(SYNTHETIC)), csvDir);

    const groups = CSV_FILES.map((f) => `--${f.kind}=${f.name}.header.csv,${f.name}.csv`);
    const imported = spawnSync(
      javaCommand(),
      ['-cp', `${LAUNCHER.libDir}/*`, 'org.neo4j.cli.AdminTool', 'database', 'import', 'full', 'neo4j', '--array-delimiter=U+001F', '--multiline-fields=true', ...groups],
      { cwd: csvDir, env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') }, encoding: 'utf8' },
    );
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(new RegExp(`Imported:\\s+${EXPECTED_NODES} nodes\\s+${EXPECTED_RELATIONSHIPS} relationships`));

    server = await startPrivateServer(home, PORT);
    conn = await connect(resolveSettings({ neo4jUri: server.uri }));
    expect(await graphCounts(conn)).toEqual({ nodes: EXPECTED_NODES, relationships: EXPECTED_RELATIONSHIPS });

    await applySchema(conn);
    const summary = await loadRecords(conn, asItems(SYNTHETIC), { batchSize: 100 });
    expect(summary).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, nodesMatched: EXPECTED_NODES, relationshipsMatched: EXPECTED_RELATIONSHIPS });
    const { rows } = await runReadOnly(conn, 'MATCH (p:Paper {title: $title}) RETURN count(p) AS n', { title: INJECTION_TITLE });
    expect(rows).toEqual([{ n: 1 }]);
    const aliases = await runReadOnly(conn, "MATCH (e:Entity {key: 'medqa'}) RETURN e.aliases AS aliases, e.norms AS norms");
    expect((aliases.rows[0]!.aliases as string[]).sort()).toEqual(['MedQA (USMLE)', 'MedQA-USMLE']);
  });
});

// `medkg export`: --neo4j-admin DIR writes bulk-import CSVs from extraction files; --graphml/--gexf
// FILE write the graph loaded in Neo4j for Gephi.
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { write as writeGexf } from 'graphology-gexf';
import { connect } from '../../db/index.ts';
import { UsageError } from '../../errors.ts';
import { collectGraph, readDbGraph, writeGraphml, writeNeo4jAdminCsv } from '../../export/index.ts';
import { readExtractions } from '../../load/index.ts';
import { resolveSettings } from '../../settings.ts';
import { printReject } from './load.ts';

interface ExportFlags {
  neo4jAdmin?: string;
  graphml?: string;
  gexf?: string;
}

export function register(program: Command): void {
  program
    .command('export')
    .description('Export for bulk import (neo4j-admin CSVs from extraction files) or for Gephi (GraphML/GEXF of the loaded graph).')
    .argument('[files...]', 'extraction JSON Lines files (for --neo4j-admin)')
    .option('--neo4j-admin <dir>', 'write header+data CSVs and import.sh for `neo4j-admin database import full`')
    .option('--graphml <file>', 'write the graph in Neo4j as GraphML')
    .option('--gexf <file>', 'write the graph in Neo4j as GEXF')
    .action(async (files: string[], flags: ExportFlags) => {
      if (!flags.neo4jAdmin && !flags.graphml && !flags.gexf) throw new UsageError('export needs --neo4j-admin DIR, --graphml FILE or --gexf FILE');
      if (flags.neo4jAdmin) {
        if (files.length === 0) throw new UsageError('--neo4j-admin needs the extraction files to export');
        const graph = await collectGraph(readExtractions(files));
        graph.rejects.forEach(printReject);
        const counts = await writeNeo4jAdminCsv(graph, flags.neo4jAdmin);
        process.stdout.write(`wrote ${counts.files} CSV files to ${flags.neo4jAdmin}: ${counts.nodes} nodes, ${counts.relationships} relationships (run import.sh there)\n`);
        if (graph.rejects.length) {
          process.stderr.write(`medkg: ${graph.rejects.length} record(s) rejected; the others were exported\n`);
          process.exitCode = 1;
        }
      }
      if (flags.graphml || flags.gexf) {
        const conn = await connect(resolveSettings());
        try {
          const graph = await readDbGraph(conn);
          if (flags.graphml) await writeFile(flags.graphml, writeGraphml(graph));
          if (flags.gexf) await writeFile(flags.gexf, writeGexf(graph));
          process.stdout.write(`wrote ${graph.order} nodes and ${graph.size} edges\n`);
        } finally {
          await conn.close();
        }
      }
    });
}

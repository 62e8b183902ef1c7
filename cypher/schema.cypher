// medkg graph schema: applied by `medkg db init` and before every load; every statement is idempotent.
CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (p:Paper) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT model_key IF NOT EXISTS FOR (e:Model) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT dataset_key IF NOT EXISTS FOR (e:Dataset) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT benchmark_key IF NOT EXISTS FOR (e:Benchmark) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT metric_key IF NOT EXISTS FOR (e:Metric) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT url_key IF NOT EXISTS FOR (e:URL) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT result_id IF NOT EXISTS FOR (r:Result) REQUIRE r.id IS UNIQUE;
// words of names and aliases, for "MedQA-USMLE" style lookups and autocomplete
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases];
// exact normalised surface forms (lower-case alphanumerics), one Lucene term each
CREATE FULLTEXT INDEX entity_norms IF NOT EXISTS FOR (e:Entity) ON EACH [e.norms]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
CREATE FULLTEXT INDEX paper_titles IF NOT EXISTS FOR (p:Paper) ON EACH [p.title];
CREATE INDEX paper_year IF NOT EXISTS FOR (p:Paper) ON (p.year);
CREATE INDEX result_metric IF NOT EXISTS FOR (r:Result) ON (r.metric);
// results of one benchmark, by model: "which models used X" and leaderboards without walking a hub node
CREATE INDEX result_benchmark IF NOT EXISTS FOR (r:Result) ON (r.benchmark, r.model);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
// a changed paper's TRAINED_ON / OUTPERFORMS facts are found by paper id
CREATE INDEX trained_on_paper IF NOT EXISTS FOR ()-[t:TRAINED_ON]-() ON (t.paper);
CREATE INDEX outperforms_paper IF NOT EXISTS FOR ()-[o:OUTPERFORMS]-() ON (o.paper);

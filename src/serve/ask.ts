// Question answering for the view: runs the same canned-question matcher as `medkg ask` and adds
// the nodes named in the answer, so the view can highlight the answer's subgraph.
import type { Connection } from '../db/index.ts';
import { QueryRefusedError } from '../errors.ts';
import type { AskAnswer } from './api-schema.ts';

export async function askQuestion(_conn: Connection, question: string): Promise<AskAnswer> {
  throw new QueryRefusedError(`question answering is not available yet: "${question}"`);
}

#!/usr/bin/env node
// medkg CLI entry: loads the TypeScript sources through tsx, so `npx medkg` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');

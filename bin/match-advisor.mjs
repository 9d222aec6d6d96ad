#!/usr/bin/env node
// Entry point: runs the TypeScript sources directly through tsx, so no build step is needed after install.
import { register } from 'tsx/esm/api';

register();
await import('../adapters/cli/main.ts');

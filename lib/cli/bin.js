#!/usr/bin/env node
// Entry for `npx partyscreen`: registers tsx so the TypeScript sources run as they are.
import { register } from 'tsx/esm/api';

// Lambda runs Node 22; locally Node 20 is supported, so the SDK's upgrade notice is only noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));

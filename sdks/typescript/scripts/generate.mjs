// npm run generate: the whole generation (all three SDKs) is sdks/tools/generate.py.
import { execFileSync } from 'node:child_process';
execFileSync('python3', [new URL('../../tools/generate.py', import.meta.url).pathname], { stdio: 'inherit' });

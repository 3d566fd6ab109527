// One @hey-api/openapi-ts job per service of ../services.conf: ../openapi/<service>.json -> src/generated/<service>/
import { readFileSync } from 'node:fs';

const services = readFileSync(new URL('../services.conf', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.replace(/#.*/, '').trim().split(/\s+/)[0])
  .filter(Boolean);

export default services.map((service) => ({
  input: `../openapi/${service}.json`,
  output: { path: `src/generated/${service}`, importFileExtension: '.js' },
  plugins: ['@hey-api/client-fetch', '@hey-api/typescript', '@hey-api/sdk'],
  logs: { level: 'warn' },
}));

import { InvalidArgumentError } from './errors.js';

/** A JSON Schema, as the services' documents write them (request bodies, $refs inlined). */
export type Schema = { [keyword: string]: any } | boolean;

const patterns = new Map<string, RegExp | null>();
function pattern(p: string): RegExp | null {
  if (!patterns.has(p)) {
    try {
      patterns.set(p, new RegExp(p, 'u'));
    } catch {
      patterns.set(p, null); // not an ECMAScript pattern: the service checks it
    }
  }
  return patterns.get(p)!;
}

function typeOk(t: string, v: unknown): boolean {
  switch (t) {
    case 'null': return v === null;
    case 'integer': return typeof v === 'number' && Number.isInteger(v);
    case 'number': return typeof v === 'number' && Number.isFinite(v);
    case 'string': return typeof v === 'string';
    case 'boolean': return typeof v === 'boolean';
    case 'array': return Array.isArray(v);
    case 'object': return typeof v === 'object' && v !== null && !Array.isArray(v);
    default: return true;
  }
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const eq = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every [field, reason] by which value breaks schema (the subset of JSON Schema the services use:
 *  type, enum, const, required, properties, additionalProperties, propertyNames, lengths, pattern,
 *  bounds, items, oneOf/anyOf/allOf, format date-time); empty when it conforms. */
export function schemaErrors(schema: Schema, value: unknown, path = ''): [string, string][] {
  if (typeof schema !== 'object' || schema === null) return [];
  const where = path || 'body';
  if (schema.type !== undefined) {
    const types: string[] = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => typeOk(t, value))) return [[where, `must be ${types.join(' or ')}`]];
  }
  if ('const' in schema && !eq(value, schema.const)) return [[where, `must be ${JSON.stringify(schema.const)}`]];
  if (Array.isArray(schema.enum) && !schema.enum.some((e: unknown) => eq(e, value))) {
    return [[where, `must be one of ${JSON.stringify(schema.enum)}`]];
  }
  for (const key of ['oneOf', 'anyOf']) {
    if (Array.isArray(schema[key])) {
      const branches = (schema[key] as Schema[]).map((s) => schemaErrors(s, value, path));
      if (!branches.some((b) => b.length === 0)) return branches.sort((a, b) => a.length - b.length)[0] ?? [[where, 'matches no allowed form']];
    }
  }
  const out: [string, string][] = [];
  for (const s of (schema.allOf ?? []) as Schema[]) out.push(...schemaErrors(s, value, path));
  if (typeof value === 'string') {
    const length = [...value].length;
    if (schema.minLength !== undefined && length < schema.minLength) out.push([where, `needs at least ${schema.minLength} characters`]);
    if (schema.maxLength !== undefined && length > schema.maxLength) out.push([where, `allows at most ${schema.maxLength} characters`]);
    const re = typeof schema.pattern === 'string' ? pattern(schema.pattern) : null;
    if (re && !re.test(value)) out.push([where, `must match ${schema.pattern}`]);
    if (schema.format === 'date-time' && (!DATE_TIME.test(value) || Number.isNaN(Date.parse(value)))) {
      out.push([where, 'must be an RFC 3339 date-time such as 2025-01-21T10:00:00Z']);
    }
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) out.push([where, `must be at least ${schema.minimum}`]);
    if (schema.maximum !== undefined && value > schema.maximum) out.push([where, `must be at most ${schema.maximum}`]);
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) out.push([where, `must be more than ${schema.exclusiveMinimum}`]);
    if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) out.push([where, `must be less than ${schema.exclusiveMaximum}`]);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) out.push([where, `needs at least ${schema.minItems} items`]);
    if (schema.maxItems !== undefined && value.length > schema.maxItems) out.push([where, `allows at most ${schema.maxItems} items`]);
    value.forEach((item, i) => out.push(...schemaErrors(schema.items, item, `${path}[${i}]`)));
  }
  if (typeOk('object', value)) {
    const object = value as Record<string, unknown>;
    const field = (name: string) => (path ? `${path}.${name}` : name);
    for (const name of (schema.required ?? []) as string[]) if (!(name in object)) out.push([field(name), 'is required']);
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const [name, item] of Object.entries(object)) {
      if (schema.propertyNames) out.push(...schemaErrors(schema.propertyNames, name, field(name)).map(([, r]) => [field(name), r] as [string, string]));
      if (name in properties) out.push(...schemaErrors(properties[name], item, field(name)));
      else if (schema.additionalProperties === false) out.push([field(name), 'is not a known field']);
      else if (typeof schema.additionalProperties === 'object') out.push(...schemaErrors(schema.additionalProperties, item, field(name)));
    }
  }
  return out;
}

/** Throws InvalidArgumentError for the first field that breaks the schema. */
export function checkSchema(schema: Schema, value: unknown): void {
  const found = schemaErrors(schema, value);
  if (found.length > 0) throw new InvalidArgumentError(found[0][0], found[0][1]);
}

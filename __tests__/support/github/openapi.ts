/**
 * REST requests checked against GitHub's published OpenAPI description (the `@octokit/openapi` package, file
 * `generated/api.github.com.json`) with Ajv: the operation must exist for the path and method, and its path and query
 * parameters and JSON body must match the operation's schemas. Stricter than GitHub in one way, on purpose: a query
 * parameter or a top-level body property the operation does not declare is a violation (GitHub ignores them
 * silently, which hides typos in a client).
 *
 * Why not openapi-backend: it loads on Node 20 as a program, but under Jest its ESM-only dependency
 * (@apidevtools/json-schema-ref-parser 16) cannot be `require`d (Jest supports require(esm) only from Node 24.9),
 * so the validation is done here with Ajv against each operation's own schemas, resolving `$ref`s into the
 * description's `components`.
 *
 * The description is 13 MB; it is read once per module registry (once per test file under Jest) and each
 * operation's validators are compiled the first time a request uses it.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { packageFile } from './package-file.js';

export interface RestRequest {
  readonly method: string;
  /** Path without the query, still percent-encoded (a `%2F` stays inside one parameter). */
  readonly path: string;
  readonly query: Readonly<Record<string, string | string[]>>;
  readonly body: unknown;
}

export type RestMatch =
  | { readonly ok: true; readonly operationId: string; readonly params: Readonly<Record<string, string>> }
  | { readonly ok: false; readonly status: 400 | 404; readonly message: string; readonly operationId?: string };

export interface RestValidator {
  check(req: RestRequest): RestMatch;
  /** Whether the description has this operation id. */
  has(operationId: string): boolean;
}

interface Param {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required?: boolean;
  readonly schema?: unknown;
}

interface Operation {
  readonly operationId: string;
  readonly method: string;
  readonly template: string;
  readonly regex: RegExp;
  readonly names: readonly string[];
  /** Literal characters in the template: more is more specific. */
  readonly literal: number;
  readonly params: readonly Param[];
  readonly body?: unknown;
  readonly bodyRequired: boolean;
  validators?: { params: ValidateFunction; body?: ValidateFunction };
}

interface Description {
  readonly paths: Record<string, Record<string, unknown>>;
  readonly components: { readonly parameters: Record<string, Param> } & Record<string, unknown>;
}

let loaded: RestValidator | undefined;

/** The validator, built once per module registry (one per test file under Jest). */
export function loadRestValidator(): RestValidator {
  loaded ??= build();
  return loaded;
}

function specPath(): string {
  return packageFile('@octokit/openapi', 'generated/api.github.com.json');
}

const DOC_ID = 'https://github.test/openapi.json';

/** A copy of a schema whose local `$ref`s point into the description document registered in Ajv. */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) {
    out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `${DOC_ID}${v}` : rebase(v);
  }
  return out;
}

function build(): RestValidator {
  const doc = JSON.parse(readFileSync(specPath(), 'utf8')) as Description;
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    // `/compare/{base}...{head}` is an alias only Octokit's copy of the description adds (GitHub documents
    // `/compare/{basehead}`, and both match the same URLs); keep GitHub's.
    if (template.includes('{base}...{head}')) continue;
    for (const [method, raw] of Object.entries(item)) {
      const op = raw as {
        operationId?: string;
        parameters?: ({ $ref: string } | Param)[];
        requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> };
      };
      if (!op || typeof op !== 'object' || !op.operationId) continue;
      const names: string[] = [];
      const source = template
        .split(/(\{[^}]+\})/)
        .map((part) => {
          const m = /^\{([^}]+)\}$/.exec(part);
          if (m) {
            names.push(m[1]!);
            return '([^/]+)';
          }
          return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        })
        .join('');
      const params = (op.parameters ?? []).map((p) =>
        '$ref' in p ? doc.components.parameters[p.$ref.split('/').pop()!]! : p,
      );
      operations.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        template,
        regex: new RegExp(`^${source}$`),
        names,
        literal: template.replace(/\{[^}]+\}/g, '').length,
        params,
        body: op.requestBody?.content?.['application/json']?.schema,
        bodyRequired: op.requestBody?.required === true,
      });
    }
  }
  operations.sort((a, b) => b.literal - a.literal);
  const ids = new Set(operations.map((o) => o.operationId));

  const options = { strict: false, validateFormats: false, allErrors: true } as const;
  const bodyAjv = new Ajv(options);
  // Query and path parameters arrive as strings: coerce them to the declared types, as GitHub does.
  const paramAjv = new Ajv({ ...options, coerceTypes: 'array' });
  const components = { $id: DOC_ID, components: doc.components };
  bodyAjv.addSchema(components);
  paramAjv.addSchema(components);

  const validatorsOf = (op: Operation): NonNullable<Operation['validators']> => {
    if (!op.validators) {
      const group = (where: 'path' | 'query'): Record<string, unknown> => {
        const ps = op.params.filter((p) => p.in === where);
        return {
          type: 'object',
          properties: Object.fromEntries(ps.map((p) => [p.name, rebase(p.schema ?? {})])),
          required: ps.filter((p) => p.required || where === 'path').map((p) => p.name),
        };
      };
      op.validators = {
        params: paramAjv.compile({ type: 'object', properties: { path: group('path'), query: group('query') } }),
        ...(op.body ? { body: bodyAjv.compile(rebase(op.body) as object) } : {}),
      };
    }
    return op.validators;
  };

  return {
    has: (id) => ids.has(id),
    check(req: RestRequest): RestMatch {
      const candidates = operations.filter((o) => o.regex.test(req.path));
      const op = candidates.find((o) => o.method === req.method.toUpperCase());
      if (!op) {
        const other = candidates.map((o) => o.method).join(', ');
        return {
          ok: false,
          status: 404,
          message: `${req.method} ${req.path} is not an operation of GitHub's REST API description${
            other ? ` (this path takes ${other})` : ''
          }`,
        };
      }
      const m = op.regex.exec(req.path)!;
      const pathParams: Record<string, string> = {};
      op.names.forEach((n, i) => {
        pathParams[n] = decodeURIComponent(m[i + 1]!);
      });
      const problems: string[] = [];
      const v = validatorsOf(op);
      const coerced = { path: { ...pathParams }, query: structuredClone(req.query) as Record<string, unknown> };
      if (!v.params(coerced)) problems.push(...describe(v.params.errors));
      const known = new Set(op.params.filter((p) => p.in === 'query').map((p) => p.name));
      for (const q of Object.keys(req.query)) {
        if (!known.has(q)) problems.push(`query parameter '${q}' is not declared by ${op.operationId}`);
      }
      if (v.body) {
        if (req.body === undefined) {
          if (op.bodyRequired) problems.push('a JSON body is required');
        } else if (!v.body(req.body)) {
          problems.push(...describe(v.body.errors, 'body'));
        }
        const props = topLevelProperties(op.body);
        if (props && req.body && typeof req.body === 'object' && !Array.isArray(req.body)) {
          for (const k of Object.keys(req.body)) {
            if (!props.has(k)) problems.push(`body property '${k}' is not declared by ${op.operationId}`);
          }
        }
      } else if (
        req.body !== undefined &&
        !(typeof req.body === 'object' && req.body && Object.keys(req.body).length === 0)
      ) {
        problems.push(`${op.operationId} takes no body`);
      }
      if (problems.length > 0) {
        return {
          ok: false,
          status: 400,
          operationId: op.operationId,
          message: `${req.method} ${req.path} (${op.operationId}) does not match GitHub's description: ${problems.join('; ')}`,
        };
      }
      return { ok: true, operationId: op.operationId, params: pathParams };
    },
  };
}

function describe(errors: ErrorObject[] | null | undefined, prefix = ''): string[] {
  // oneOf/anyOf produce one error per failed branch plus a summary; keep them, they say what each branch wanted.
  return (errors ?? []).map((e) => {
    const where = `${prefix}${e.instancePath}`.replace(/^\//, '') || prefix || 'request';
    const extra =
      e.keyword === 'enum' ? ` (${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)})` : '';
    return `${where} ${e.message ?? e.keyword}${extra}`;
  });
}

/** Top-level property names of a JSON body schema, when it is an object schema (oneOf/anyOf: the union). */
function topLevelProperties(schema: unknown): Set<string> | undefined {
  const names = new Set<string>();
  const visit = (s: unknown): boolean => {
    if (!s || typeof s !== 'object') return false;
    const o = s as { properties?: Record<string, unknown>; oneOf?: unknown[]; anyOf?: unknown[]; allOf?: unknown[] };
    let objectLike = false;
    if (o.properties) {
      for (const k of Object.keys(o.properties)) names.add(k);
      objectLike = true;
    }
    for (const alt of [...(o.oneOf ?? []), ...(o.anyOf ?? []), ...(o.allOf ?? [])])
      objectLike = visit(alt) || objectLike;
    return objectLike;
  };
  return visit(schema) ? names : undefined;
}

/**
 * GraphQL requests checked against GitHub's public schema (`@octokit/graphql-schema`, `schema.graphql`) with
 * graphql-js `validate`, then executed against resolvers that read and change the server state. A query that does
 * not validate, or variables that do not fit the declared types, are violations; errors GitHub itself would give
 * (stale head, not allowed) come back in GitHub's shape: HTTP 200, `errors: [{ type, message, path }]`.
 */
import { readFileSync } from 'node:fs';
import { buildSchema, execute, GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { packageFile } from './package-file.js';

let schema: GraphQLSchema | undefined;

export function loadGraphQLSchema(): GraphQLSchema {
  if (!schema) {
    const sdl = readFileSync(packageFile('@octokit/graphql-schema', 'schema.graphql'), 'utf8');
    schema = buildSchema(sdl, { assumeValidSDL: true });
  }
  return schema;
}

/** An error GitHub reports as a GraphQL error with a `type` (`NOT_FOUND`, `FORBIDDEN`, `STALE_DATA`, …). */
export class GitHubGraphQLError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export interface GraphQLOutcome {
  /** The response body to send (always HTTP 200, like GitHub). */
  readonly body: { data?: unknown; errors?: unknown[] };
  /** Ways the request did not match the schema; empty for a valid request. */
  readonly violations: readonly string[];
  /** Names of the root fields the document selects (`createCommitOnBranch`), for matching faults and records. */
  readonly fields: readonly string[];
}

/** Root field names of the first operation, without validating (for fault matching before execution). */
export function rootFields(query: string): string[] {
  let doc: DocumentNode;
  try {
    doc = parse(query);
  } catch {
    return [];
  }
  const op = doc.definitions.find((d) => d.kind === 'OperationDefinition');
  if (!op || op.kind !== 'OperationDefinition') return [];
  return op.selectionSet.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : []));
}

export async function runGraphQL(
  query: unknown,
  variables: unknown,
  root: Record<string, unknown>,
  context: unknown,
): Promise<GraphQLOutcome> {
  if (typeof query !== 'string') {
    const message = 'A query attribute must be specified and must be a string.';
    return { body: { errors: [{ message }] }, violations: [message], fields: [] };
  }
  let doc: DocumentNode;
  try {
    doc = parse(query);
  } catch (e) {
    const message = `GraphQL syntax: ${(e as Error).message}`;
    return { body: { errors: [{ message }] }, violations: [message], fields: [] };
  }
  const fields = rootFields(query);
  const s = loadGraphQLSchema();
  const invalid = validate(s, doc);
  if (invalid.length > 0) {
    const messages = invalid.map((e) => e.message);
    return {
      body: { errors: invalid.map((e) => ({ message: e.message, locations: e.locations })) },
      violations: messages.map((m) => `GraphQL query does not validate against GitHub's schema: ${m}`),
      fields,
    };
  }
  const result = await execute({
    schema: s,
    document: doc,
    rootValue: root,
    contextValue: context,
    variableValues: (variables ?? {}) as Record<string, unknown>,
  });
  const violations: string[] = [];
  const errors = (result.errors ?? []).map((e: GraphQLError) => {
    const original = e.originalError;
    if (original instanceof GitHubGraphQLError) {
      return { type: original.type, path: e.path, locations: e.locations, message: original.message };
    }
    violations.push(`GraphQL request failed on the server side: ${e.message}`);
    return { path: e.path, locations: e.locations, message: e.message };
  });
  return {
    body: { data: result.data ?? null, ...(errors.length > 0 ? { errors } : {}) },
    violations,
    fields,
  };
}

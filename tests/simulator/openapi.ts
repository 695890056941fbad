import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020Module, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// Both packages are CommonJS with a default export; under NodeNext it sits on .default.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

/** Discord's own OpenAPI description (discord/discord-api-spec), kept in the repo: see discord-api-spec/NOTICE.md. */
const specPath =
  process.env.DISCORD_OPENAPI_PATH ?? fileURLToPath(new URL('./discord-api-spec/openapi.json', import.meta.url));

interface Operation {
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

interface Route {
  template: string;
  pattern: RegExp;
  methods: Record<string, Operation>;
}

export interface Violation {
  reason: string;
}

/** Matches requests to the documented routes and checks JSON bodies against their schemas. */
export class OpenApiChecker {
  private readonly routes: Route[];
  private readonly ajv: InstanceType<typeof Ajv2020>;
  private readonly validators = new Map<string, ValidateFunction | null>();

  constructor(path = specPath) {
    if (!existsSync(path))
      throw new Error(`Discord's OpenAPI description is missing at ${path}; set DISCORD_OPENAPI_PATH`);
    const spec = JSON.parse(readFileSync(path, 'utf8')) as { paths: Record<string, Record<string, Operation>> };
    acceptStringInt64(spec);
    this.routes = Object.entries(spec.paths).map(([template, item]) => ({
      template,
      // Literal segments (such as @original and @me) win over parameters, as in Discord's router.
      pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '([^/]+)')}$`),
      methods: item,
    }));
    this.routes.sort((a, b) => paramCount(a.template) - paramCount(b.template));
    this.ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
    addFormats(this.ajv, ['uri', 'date-time']);
    for (const format of ['snowflake', 'int64', 'int32', 'double', 'nonce']) this.ajv.addFormat(format, true);
    this.ajv.addSchema(spec, 'discord');
  }

  /** Compiles the body checks of these routes now, so that no request waits for a compile. */
  warm(routes: readonly string[]): void {
    for (const route of routes) {
      const [method = '', template = ''] = route.split(' ');
      this.validator(template, method.toLowerCase());
    }
  }

  /** The documented route template for a method and path (under /api/v10), or null. */
  route(method: string, path: string): string | null {
    const decoded = decodeURIComponent(path);
    const route = this.routes.find((r) => r.pattern.test(decoded) && r.methods[method.toLowerCase()]);
    return route?.template ?? null;
  }

  /** Problems with a request, as Discord would see them; empty when it is well-formed. */
  check(method: string, path: string, body: unknown): Violation[] {
    const template = this.route(method, path);
    if (!template) return [{ reason: `no documented route ${method} ${path}` }];
    if (body === undefined) return [];
    const validate = this.validator(template, method.toLowerCase());
    if (!validate) return [{ reason: `${method} ${template} takes no JSON body` }];
    if (validate(body)) return [];
    const error = validate.errors?.[0];
    return [{ reason: `${method} ${template}: body ${error?.instancePath || '/'} ${error?.message ?? 'is invalid'}` }];
  }

  /** Problems with an answer the simulator gives, against the documented response of that status. */
  checkResponse(method: string, template: string, status: number, body: unknown): Violation[] {
    if (body === undefined || status >= 400) return [];
    const key = `response ${method} ${template} ${status}`;
    if (!this.validators.has(key)) {
      const route = this.routes.find((r) => r.template === template);
      const documented =
        route?.methods[method.toLowerCase()]?.responses?.[String(status)]?.content?.['application/json']?.schema;
      const pointer = [
        'paths',
        template,
        method.toLowerCase(),
        'responses',
        String(status),
        'content',
        'application/json',
        'schema',
      ]
        .map((segment) => encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1')))
        .join('/');
      this.validators.set(key, documented ? this.ajv.compile({ $ref: `discord#/${pointer}` }) : null);
    }
    const validate = this.validators.get(key);
    if (!validate) return [{ reason: `${method} ${template} documents no JSON answer with status ${status}` }];
    if (validate(body)) return [];
    const error = validate.errors?.[0];
    return [
      {
        reason: `${method} ${template} ${status}: answer ${error?.instancePath || '/'} ${error?.message ?? 'is invalid'}`,
      },
    ];
  }

  private validator(template: string, method: string): ValidateFunction | null {
    const key = `${method} ${template}`;
    if (!this.validators.has(key)) {
      const route = this.routes.find((r) => r.template === template);
      const hasJson = route?.methods[method]?.requestBody?.content?.['application/json']?.schema !== undefined;
      const pointer = ['paths', template, method, 'requestBody', 'content', 'application/json', 'schema']
        .map((segment) => encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1')))
        .join('/');
      this.validators.set(key, hasJson ? this.ajv.compile({ $ref: `discord#/${pointer}` }) : null);
    }
    return this.validators.get(key) ?? null;
  }
}

function paramCount(template: string): number {
  return (template.match(/\{/g) ?? []).length;
}

/**
 * Discord documents 64-bit fields such as permission bitfields as strings ("32") and accepts
 * them so, though the OpenAPI file types them as integers (int64, or a maximum past 2^53):
 * allow a decimal string there too.
 */
function acceptStringInt64(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(acceptStringInt64);
  if (typeof node !== 'object' || node === null) return;
  const schema = node as Record<string, unknown>;
  const wide =
    schema.format === 'int64' || (typeof schema.maximum === 'number' && schema.maximum > Number.MAX_SAFE_INTEGER);
  if (wide) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (types.includes('integer')) {
      schema.type = [...types, 'string'];
      schema.pattern = '^-?[0-9]+$';
      delete schema.maximum;
    }
  }
  Object.values(schema).forEach(acceptStringInt64);
}

import { z } from 'zod';

/**
 * What a value must look like, beyond its type: carried by the `params` of a refinement (`coded`
 * below), so that an error names the expectation in any language, not only in the English message.
 */
export const expectations = [
  'boundary_set',
  'province',
  'county',
  'indicator',
  'period',
  'sector',
  'region_code',
  'username',
  'date',
  'solar_date',
  'plain_text',
  'solar_day',
  'solar_month',
] as const;
export type Expectation = (typeof expectations)[number];

/** A string that must match `pattern`, failing with `message` and `params.expected`. */
export const coded = (pattern: RegExp, expected: Expectation, message: string) =>
  z.string({ message }).refine((s) => pattern.test(s), { message, params: { expected } });

/** The ways a value can fail its field's rule, in the terms the web words them in. */
export const issueKinds = ['type', 'too_small', 'too_big', 'one_of', 'format', 'invalid'] as const;

/** One failed rule of one field, as the `params` of `field.invalid`. */
export const fieldIssue = z.object({
  /** The top-level field (what the caller typed). */
  field: z.string(),
  /** The full path, e.g. `regions.2.code`. */
  path: z.string(),
  issue: z.enum(issueKinds),
  /** `type`: the type wanted (number, int, string, boolean, object, array); `format`: an Expectation. */
  expected: z.string().optional(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  /** What the bound counts: a number's value, a text's characters or a list's items. */
  origin: z.enum(['number', 'string', 'array']).optional(),
  /** `one_of`: the values allowed. */
  values: z.array(z.string()).optional(),
});
export type FieldIssue = z.infer<typeof fieldIssue>;

const bounded = (origin: unknown): { origin?: 'number' | 'string' | 'array' } =>
  origin === 'number' || origin === 'string' || origin === 'array' ? { origin } : {};

/** A zod issue in the error catalogue's terms (the English message stays the schema's own). */
export function describeIssue(issue: z.core.$ZodIssue, target = 'request'): FieldIssue {
  const field = String(issue.path[0] ?? target);
  const path = issue.path.map(String).join('.') || target;
  const at = { field, path };
  switch (issue.code) {
    case 'invalid_type':
      return { ...at, issue: 'type', expected: String(issue.expected) };
    case 'too_small':
      return { ...at, issue: 'too_small', minimum: Number(issue.minimum), ...bounded(issue.origin) };
    case 'too_big':
      return { ...at, issue: 'too_big', maximum: Number(issue.maximum), ...bounded(issue.origin) };
    case 'invalid_value':
      return { ...at, issue: 'one_of', values: issue.values.map(String) };
    case 'custom': {
      const expected = (issue.params as { expected?: unknown } | undefined)?.expected;
      return typeof expected === 'string'
        ? { ...at, issue: 'format', expected }
        : { ...at, issue: 'invalid' };
    }
    case 'invalid_format':
      return { ...at, issue: 'format' };
    default:
      return { ...at, issue: 'invalid' };
  }
}

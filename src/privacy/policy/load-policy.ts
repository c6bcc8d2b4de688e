import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../../errors';
import { compilePolicy, Policy } from './policy';
import { policyReferenceProblems } from './policy-references';
import { formatPath, PolicyProblem } from './policy-problem';
import { policyFileSchema } from './policy-schema';

export const DEFAULT_POLICY_PATH = join(__dirname, '..', '..', '..', 'config', 'policy', 'default-policy.json');

/**
 * Reads and validates the policy file once, at start. Every problem is reported together, each with its path
 * in the file. Shape problems come first: references between ids are checked once the shape is right.
 */
export function loadPolicy(path: string = DEFAULT_POLICY_PATH): Policy {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError([`${path}: cannot read the policy file (${(error as NodeJS.ErrnoException).code ?? 'error'})`]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError([`${path}: not valid JSON: ${(error as Error).message}`]);
  }
  return parsePolicy(raw, path);
}

/** Validates an already parsed policy document; `origin` prefixes every problem (a file path). */
export function parsePolicy(raw: unknown, origin = 'policy'): Policy {
  const problems = validatePolicy(raw);
  if (problems.length > 0) throw new ConfigError(problems.map((p) => `${origin}: ${p.path}: ${p.message}`));
  return compilePolicy(policyFileSchema.parse(raw));
}

export function validatePolicy(raw: unknown): PolicyProblem[] {
  const parsed = policyFileSchema.safeParse(raw);
  if (!parsed.success) return parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
  return policyReferenceProblems(parsed.data);
}

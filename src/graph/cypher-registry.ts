import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ErrorCode, IdentityGraphError } from '../errors';
import { CYPHER, CypherName } from './cypher-statements';

export const CYPHER_ROOT = join(__dirname, '..', '..', 'cypher');

/**
 * Loads every `.cypher` file once. A file holds exactly one statement; `//` header lines document its
 * parameters and columns and are stripped. Fails fast on a statement the code names but no file provides.
 */
export class CypherRegistry {
  private constructor(private readonly statements: ReadonlyMap<string, string>) {}

  static load(root: string = CYPHER_ROOT): CypherRegistry {
    const statements = new Map<string, string>();
    for (const file of listCypherFiles(root)) {
      const name = relative(root, file).split(sep).join('/').replace(/\.cypher$/, '');
      statements.set(name, stripComments(readFileSync(file, 'utf8')));
    }
    const missing = Object.values(CYPHER).filter((name) => !statements.has(name));
    if (missing.length > 0) {
      throw new IdentityGraphError(ErrorCode.CYPHER_STATEMENT_MISSING, `cypher/: no file for ${missing.join(', ')}`);
    }
    return new CypherRegistry(statements);
  }

  get(name: CypherName): string {
    const text = this.statements.get(name);
    if (text === undefined) throw new IdentityGraphError(ErrorCode.CYPHER_STATEMENT_MISSING, `cypher/${name}.cypher is missing`);
    return text;
  }

  /** Statements under a folder, in file-name order (schema files are applied this way). */
  inFolder(folder: string): { name: string; text: string }[] {
    return [...this.statements.entries()]
      .filter(([name]) => name.startsWith(`${folder}/`))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, text]) => ({ name, text }));
  }
}

function listCypherFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return listCypherFiles(path);
    return entry.endsWith('.cypher') ? [path] : [];
  });
}

function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}

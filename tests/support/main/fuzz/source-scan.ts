import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * Reads main-process source as a TypeScript AST, so the security tests can assert how Electron is
 * wired (src/main/index.ts cannot be imported under Node: it needs the Electron binary).
 */
export const parseSource = (file: string): ts.SourceFile =>
  ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);

export const walk = (node: ts.Node, visit: (n: ts.Node) => void): void => {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
};

export const collect = <T extends ts.Node>(root: ts.Node, pick: (n: ts.Node) => n is T): T[] => {
  const found: T[] = [];
  walk(root, (n) => {
    if (pick(n)) found.push(n);
  });
  return found;
};

/** Every non-test .ts file below `dir`. */
export const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });

const calleeName = (e: ts.Expression): string =>
  ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.name.text : e.getText();

/** `new X(...)` expressions whose constructor is one of `names` (by its last identifier). */
export const newExpressions = (sf: ts.SourceFile, names: readonly string[]): ts.NewExpression[] =>
  collect(sf, ts.isNewExpression).filter((n) => names.includes(calleeName(n.expression)));

/** Calls like `x.on('event', handler)` / `x.once(...)` for the given event name. */
export const eventSubscriptions = (sf: ts.SourceFile, event: string): ts.CallExpression[] =>
  collect(sf, ts.isCallExpression).filter(
    (c) =>
      ts.isPropertyAccessExpression(c.expression) &&
      ['on', 'once'].includes(c.expression.name.text) &&
      c.arguments[0] !== undefined &&
      ts.isStringLiteralLike(c.arguments[0]) &&
      c.arguments[0].text === event,
  );

/** Calls of a method or function by name, e.g. `setWindowOpenHandler`. */
export const callsOf = (sf: ts.SourceFile, name: string): ts.CallExpression[] =>
  collect(sf, ts.isCallExpression).filter((c) => calleeName(c.expression) === name);

/** A property of an object literal, by name (undefined when absent or computed). */
export const propertyOf = (obj: ts.ObjectLiteralExpression, name: string): ts.PropertyAssignment | undefined =>
  obj.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === name);

/** Text of a node with whitespace collapsed, for simple "does this handler do X" assertions. */
export const flatText = (n: ts.Node): string => n.getText().replace(/\s+/g, ' ');

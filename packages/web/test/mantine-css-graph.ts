import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Which of Mantine's per-component style sheets a part of the app needs: the components its files
 * import from '@mantine/core' (following the files' static imports, and `import()`s of what is
 * drawn with them, see mantineImportsFrom), and every
 * component those draw inside (Button draws a Loader; Menu a Popover), read from Mantine's own
 * modules. Used by mantine-shell-styles.test.ts.
 */

const webRoot = resolve(import.meta.dirname, '..');
const mantineRoot = realpathSync(join(webRoot, 'node_modules/@mantine/core'));

// `import x from`, `import { a, type b } from`, `export { c } from`, and `import './styles.css'`;
// not `import type`, which leaves no code, nor `import('./page')`, which loads later.
const staticImport = /(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:([^'";]*?)\s+from\s+)?['"]([^'"]+)['"]/g;

function resolveSource(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
    .map((end) => base + end)
    .find((path) => {
      return /\.tsx?$/.test(path) && existsSync(path);
    });
}

/** Value names in an import clause: `{ Button, type ButtonProps, Menu as M }` -> Button, Menu. */
function importedNames(clause: string): string[] {
  const braces = /\{([\s\S]*)\}/.exec(clause)?.[1] ?? '';
  return braces
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '' && !part.startsWith('type '))
    .map((part) => part.split(/\s+as\s+/)[0] ?? part);
}

/** The source files reachable from `entries`, each with what it takes from '@mantine/core'. */
export function mantineImportsFrom(entries: readonly string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const queue = entries.map((entry) => resolve(webRoot, entry));
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (found.has(file)) continue;
    const names: string[] = [];
    found.set(file, names);
    const text = readFileSync(file, 'utf8');
    for (const [, clause = '', specifier = ''] of text.matchAll(staticImport)) {
      if (specifier === '@mantine/core') names.push(...importedNames(clause));
      if (specifier === '@mantine/notifications') names.push('Notification');
      if (!specifier.startsWith('.')) continue;
      const next = resolveSource(file, specifier);
      if (next) queue.push(next);
    }
    // What the shell fetches right after its first paint (the account menu's list, a drawer) is
    // drawn with the shell's styles too; pages and dialogs loaded with withAllStyles, and the
    // pages of app-routes.tsx (`page(...)`), bring the rest.
    for (const statement of text.split(';')) {
      if (/withAllStyles\(|\bpage\(/.test(statement)) continue;
      for (const [, specifier = ''] of statement.matchAll(/\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g)) {
        const next = resolveSource(file, specifier);
        if (next) queue.push(next);
      }
    }
  }
  return found;
}

/** Mantine's module for each name its index exports: `Button` -> esm/components/Button/Button.mjs. */
function mantineModules(): Map<string, string> {
  const index = readFileSync(join(mantineRoot, 'esm/index.mjs'), 'utf8');
  const modules = new Map<string, string>();
  for (const [, names = '', path = ''] of index.matchAll(/import\s*\{([^}]*)\}\s*from\s*"([^"]+)"/g)) {
    for (const name of importedNames(`{${names}}`)) modules.set(name, join(mantineRoot, 'esm', path));
  }
  return modules;
}

/**
 * The style sheets (`@mantine/core/styles/<Name>.css`) that `names` need, each component with
 * those of the components it draws. A name Mantine does not export is an error: a typo, or a
 * Mantine upgrade this check must learn about.
 */
export function styleSheetsFor(names: Iterable<string>): Set<string> {
  const modules = mantineModules();
  const sheets = new Set<string>();
  const seen = new Set<string>();
  const queue = [...names].map((name) => {
    const module = modules.get(name);
    if (!module) throw new Error(`@mantine/core exports no "${name}"`);
    return module;
  });
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const sheet = /([\w-]+)\.module\.mjs$/.exec(file)?.[1];
    if (sheet) sheets.add(sheet);
    for (const [, , specifier = ''] of readFileSync(file, 'utf8').matchAll(staticImport)) {
      if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier));
    }
  }
  return sheets;
}

/** Mantine's base sheets, which every page needs before any component's. */
export const baseStyleSheets = ['baseline', 'default-css-variables', 'global'] as const;

/** Every per-component sheet Mantine ships (`styles/<Name>.css`), in the order of its own `styles.css`. */
export function allStyleSheets(): string[] {
  const whole = readFileSync(join(mantineRoot, 'styles.css'), 'utf8');
  const at = (sheet: string) =>
    whole.indexOf(readFileSync(join(mantineRoot, `styles/${sheet}.css`), 'utf8').trim());
  return readdirSync(join(mantineRoot, 'styles'))
    .filter((file) => file.endsWith('.css') && !file.endsWith('.layer.css'))
    .map((file) => file.replace(/\.css$/, ''))
    .filter((sheet) => !(baseStyleSheets as readonly string[]).includes(sheet))
    .sort((a, b) => at(a) - at(b));
}

import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allStyleSheets, baseStyleSheets, mantineImportsFrom, styleSheetsFor } from './mantine-css-graph';

const webRoot = resolve(import.meta.dirname, '..');

/** The `@mantine/core/styles/<Name>.css` sheets a module imports, in its order. */
function sheetsIn(file: string): string[] {
  const text = readFileSync(resolve(webRoot, file), 'utf8');
  return [...text.matchAll(/import '@mantine\/core\/styles\/([\w-]+)\.css';/g)].map((m) => m[1] ?? '');
}

const shellSheets = sheetsIn('src/mantine-shell-styles.ts');
const laterSheets = sheetsIn('src/all-mantine-styles-sheets.ts');
// Beranda is loaded without the later sheets (app-routes.tsx), so it counts as the shell here.
const shellAndHome = mantineImportsFrom(['src/app-start.tsx', 'src/home/home-page.tsx']);

describe("Mantine's styles: the shell's and the rest", () => {
  it('finds the components the shell and Beranda import', () => {
    const names = new Set([...shellAndHome.values()].flat());
    // The header's frame and account menu, and Beranda's tables: a walker that found nothing would pass.
    for (const name of ['AppShell', 'Menu', 'Table', 'Title']) expect(names).toContain(name);
  });

  it('has in the shell a sheet for every component the shell and Beranda draw', () => {
    const missing = [...shellAndHome].flatMap(([file, names]) =>
      names.flatMap((name) =>
        [...styleSheetsFor([name])]
          .filter((sheet) => !shellSheets.includes(sheet))
          .map((sheet) => `${relative(webRoot, file)}: ${name} needs ${sheet}.css`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it("starts with Mantine's base sheets", () => {
    expect(shellSheets.slice(0, baseStyleSheets.length)).toEqual([...baseStyleSheets]);
  });

  it('loads every other sheet with the later pages, and no sheet twice', () => {
    const components = [...shellSheets.slice(baseStyleSheets.length), ...laterSheets];
    expect(new Set(components).size).toBe(components.length);
    expect([...components].sort()).toEqual([...allStyleSheets()].sort());
  });

  it("keeps Mantine's own order in both lists, so a component's sheet follows those it is built on", () => {
    const order = allStyleSheets();
    const shellComponents = shellSheets.slice(baseStyleSheets.length);
    expect(shellComponents).toEqual(order.filter((sheet) => shellComponents.includes(sheet)));
    expect(laterSheets).toEqual(order.filter((sheet) => laterSheets.includes(sheet)));
  });
});

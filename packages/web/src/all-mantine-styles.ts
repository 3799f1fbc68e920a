/**
 * Loads a module the shell fetches later (any page but Beranda, the search dialog, the charts)
 * together with the Mantine styles the shell leaves out (all-mantine-styles-sheets.ts), asked for
 * first and beside it rather than after it: so nothing is drawn unstyled, and a page's own sheet
 * still comes after Mantine's. The sheets load once, with the first such module.
 */
export async function withAllStyles<M>(load: () => Promise<M>): Promise<M> {
  const [, module] = await Promise.all([import('./all-mantine-styles-sheets'), load()]);
  return module;
}

import type { FastifyInstance } from 'fastify';

export interface Route {
  method: string;
  /** As registered, with its `:param`s. */
  url: string;
}

/**
 * Every route the server answers, read back from Fastify's own route tree, so a route added
 * later is covered without listing it anywhere. HEAD twins of GET routes are left out. Each line
 * of the tree (`│   └── /:id (GET, HEAD)`) adds its segment to its parent's path; its depth is
 * the width of the drawing before it.
 */
export function routesOf(app: FastifyInstance): Route[] {
  const routes: Route[] = [];
  const parents: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^([│├└─\s]*?[├└]── )(.+?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    const [, drawing = '', segment = '', methods] = match;
    const depth = drawing.length / 4 - 1;
    parents.length = depth;
    const url = `${parents.join('')}${segment}`;
    parents.push(segment);
    for (const method of methods?.split(', ') ?? []) {
      if (method !== 'HEAD') routes.push({ method, url });
    }
  }
  return routes;
}

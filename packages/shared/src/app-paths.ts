/**
 * Every page of the web app, once: the web router declares its routes from this table, and every
 * link to a page (in the web, in mail, in digests) is built from it with `pathTo`, so a page that
 * moves cannot leave a link behind.
 */
export const appRoutes = {
  home: '/',
  signIn: '/masuk',
  forgotPassword: '/lupa-kata-sandi',
  setPassword: '/atur-kata-sandi',
  setup: '/persiapan',
  publicProvinces: '/publik',
  publicCommitments: '/publik/:provinceCode',
  meetings: '/rapat',
  newMeeting: '/rapat/baru',
  meeting: '/rapat/:id',
  editMeeting: '/rapat/:id/ubah',
  meetingSeries: '/rapat/:id/rangkaian',
  proposals: '/usulan',
  proposal: '/usulan/:id',
  commitments: '/komitmen',
  commitment: '/komitmen/:id',
  agreements: '/kesepakatan',
  agreement: '/kesepakatan/:id',
  actionItems: '/tindak-lanjut',
  actionItem: '/tindak-lanjut/:id',
  directives: '/arahan',
  directive: '/arahan/:id',
  indicators: '/indikator',
  indicator: '/indikator/:id',
  regions: '/wilayah',
  region: '/wilayah/:code',
  outbox: '/kotak-keluar',
  email: '/kotak-keluar/:id',
  digest: '/ringkasan',
  account: '/akun',
  users: '/admin/pengguna',
  offices: '/instansi',
  people: '/orang',
  person: '/orang/:personId',
  search: '/cari',
} as const;

export type AppRoute = keyof typeof appRoutes;

/** The `:name` parameters of a route pattern. */
type ParamsOf<Pattern extends string> = Pattern extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamsOf<`/${Rest}`>
  : Pattern extends `${string}:${infer Name}`
    ? Name
    : never;

export type RouteParams<Route extends AppRoute> = Record<ParamsOf<(typeof appRoutes)[Route]>, string>;

/** Query parameters: a repeated key for each value of an array; empty values are left out. */
export type RouteQuery = Record<string, string | readonly string[] | undefined>;

type PathArgs<Route extends AppRoute> = [ParamsOf<(typeof appRoutes)[Route]>] extends [never]
  ? [params?: Record<string, never>, query?: RouteQuery]
  : [params: RouteParams<Route>, query?: RouteQuery];

/** The path of a page, its parameters encoded: `pathTo('meeting', { id })` is `/rapat/<id>`. */
export function pathTo<Route extends AppRoute>(route: Route, ...[params, query]: PathArgs<Route>): string {
  const values = (params ?? {}) as Record<string, string>;
  const path = appRoutes[route].replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`pathTo(${route}): missing ${name}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    for (const one of typeof value === 'string' ? [value] : (value ?? []))
      if (one !== '') search.append(key, one);
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

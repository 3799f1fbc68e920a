import { pathTo, type RouteQuery } from '@tindak/shared';

/** Absolute links into the web app, for emails (PUBLIC_URL is what people's browsers reach). */
export function appLinks(publicUrl: string) {
  const base = publicUrl.replace(/\/+$/, '');
  return {
    app: `${base}${pathTo('home')}`,
    settings: `${base}${pathTo('account')}`,
    item: (id: string) => `${base}${pathTo('actionItem', { id })}`,
    commitment: (id: string) => `${base}${pathTo('commitment', { id })}`,
    proposal: (id: string) => `${base}${pathTo('proposal', { id })}`,
    meeting: (id: string) => `${base}${pathTo('meeting', { id })}`,
    directive: (id: string) => `${base}${pathTo('directive', { id })}`,
    region: (code: string) => `${base}${pathTo('region', { code })}`,
    /** A list page with its filters, as the web app writes them in the address. */
    list: (page: 'actionItems' | 'commitments' | 'meetings' | 'indicators', filters: RouteQuery) =>
      `${base}${pathTo(page, {}, filters)}`,
    setPassword: (token: string) => `${base}${pathTo('setPassword', {}, { token })}`,
  };
}
export type AppLinks = ReturnType<typeof appLinks>;

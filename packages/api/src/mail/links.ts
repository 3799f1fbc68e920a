/** Absolute links into the web app, for emails (PUBLIC_URL is what people's browsers reach). */
export function appLinks(publicUrl: string) {
  const base = publicUrl.replace(/\/+$/, '');
  return {
    app: `${base}/`,
    settings: `${base}/akun`,
    item: (id: string) => `${base}/tindak-lanjut/${id}`,
    commitment: (id: string) => `${base}/komitmen/${id}`,
    proposal: (id: string) => `${base}/usulan/${id}`,
    meeting: (id: string) => `${base}/rapat/${id}`,
    /** A list page with its filters, as the web app writes them in the address. */
    list: (page: 'tindak-lanjut' | 'komitmen' | 'rapat', filters: Record<string, string | string[]>) => {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(filters)) {
        for (const one of Array.isArray(value) ? value : [value]) params.append(key, one);
      }
      const query = params.toString();
      return `${base}/${page}${query ? `?${query}` : ''}`;
    },
    setPassword: (token: string) => `${base}/atur-kata-sandi?token=${encodeURIComponent(token)}`,
  };
}
export type AppLinks = ReturnType<typeof appLinks>;

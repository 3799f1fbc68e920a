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
    setPassword: (token: string) => `${base}/atur-kata-sandi?token=${encodeURIComponent(token)}`,
  };
}
export type AppLinks = ReturnType<typeof appLinks>;

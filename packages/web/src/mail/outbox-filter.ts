import { type EmailStatus, emailStatuses } from '@tindak/shared';

/** Indonesian words in the address, like the other lists: `/kotak-keluar?status=gagal`. */
const statusParam: Record<EmailStatus, string> = { pending: 'menunggu', sent: 'terkirim', failed: 'gagal' };

/** The status filter in the address; anything unknown (a hand-edited link) shows all mail. */
export function readStatusFilter(params: URLSearchParams): EmailStatus | undefined {
  const value = params.get('status');
  return emailStatuses.find((status) => statusParam[status] === value);
}

export function writeStatusFilter(params: URLSearchParams, status: EmailStatus | undefined): URLSearchParams {
  const next = new URLSearchParams(params);
  if (status) next.set('status', statusParam[status]);
  else next.delete('status');
  return next;
}

import type { EmailStatus } from '@tindak/shared';
import { urlCodec, wordFor } from '../kit/url-filters';

/** Indonesian words in the address, like the other lists: `/kotak-keluar?status=gagal`. */
const statusWords: Record<EmailStatus, string> = { pending: 'menunggu', sent: 'terkirim', failed: 'gagal' };

/** The status filter in the address; anything unknown (a hand-edited link) shows all mail. */
export const outboxFilters = urlCodec({ status: wordFor('status', statusWords) });

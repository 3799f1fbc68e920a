import type { OutsideScope } from '@tindak/shared';
import type { Context } from '../context';
import { BadRequestError } from '../errors';
import { findAgreementRow, partyIdsOf, visibleAgreementIds } from '../repositories/agreement.repo';
import { requireVisibleAgreement } from './agreement-access';
import { scopeOf } from './scope';

/**
 * The agreement a commitment is one party's part of (issue 19): the one named (left out: the one
 * stored). A new link must be to an agreement the caller reads that is still running; the party that
 * made the promise must be one of the agreement's parties, whether the link or the party changed.
 */
export async function agreementLinkOf(
  ctx: Context,
  input: { agreementId?: string | null | undefined; committedByOrganizationId: string },
  stored: string | null,
): Promise<string | null> {
  const wanted = input.agreementId === undefined ? stored : input.agreementId;
  if (wanted === null) return null;
  if (wanted !== stored) {
    await requireVisibleAgreement(ctx, wanted, 'agreementId');
    const agreement = await findAgreementRow(ctx.db, wanted);
    if (agreement?.status === 'ended' || agreement?.status === 'cancelled') {
      throw new BadRequestError('agreementClosed', 'agreementId', agreement.status);
    }
  }
  if (!(await partyIdsOf(ctx.db, wanted)).has(input.committedByOrganizationId)) {
    throw new BadRequestError('notPartyOfAgreement', 'committedByOrganizationId');
  }
  return wanted;
}

/** The linked agreement as its reader may see it: its title, or only that it lies outside their region. */
export async function shownAgreementLink(
  ctx: Context,
  id: string | null,
): Promise<{ id: string; title: string; outsideScope: false } | OutsideScope | null> {
  if (!id) return null;
  const readable = await visibleAgreementIds(ctx.db, [id], scopeOf(ctx));
  const agreement = readable.has(id) ? await findAgreementRow(ctx.db, id) : undefined;
  return agreement ? { id, title: agreement.title, outsideScope: false } : { outsideScope: true };
}

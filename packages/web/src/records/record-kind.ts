/**
 * The two kinds of record a meeting produces besides follow-ups. Their words sit under the same
 * keys in each branch of the catalogue (`proposals.form.save`, `commitments.form.save`), so the
 * shared pieces name them by kind and only the fields differ.
 */
export type RecordKind = 'proposals' | 'commitments';

/** The singular used in section ids: `proposal-history-heading`. */
export const recordIdPrefix: Record<RecordKind, string> = {
  proposals: 'proposal',
  commitments: 'commitment',
};

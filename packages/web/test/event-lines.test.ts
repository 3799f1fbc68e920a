import type { DomainEventView } from '@tindak/shared';
import { describe, expect, it } from 'vitest';
import { describeEvent } from '../src/kit/event-lines';
import { createI18n } from './create-i18n';

const t = createI18n('id').t;

const view = (eventType: string, payload: Record<string, unknown>): DomainEventView => ({
  id: 1,
  occurredAt: '2025-11-03T08:00:00.000Z',
  actorId: null,
  actorName: null,
  eventType,
  payload,
});

describe('describeEvent: one history line, read through the event catalogue', () => {
  it('names the event and says what it changed', () => {
    const progress = view('ProgressReported', {
      from: 20,
      to: 60,
      note: 'Survei lapangan selesai.',
      status: { from: 'open', to: 'in_progress' },
    });
    expect(describeEvent(progress, t, 'id')).toEqual({
      title: t('actionItems.history.event.ProgressReported'),
      lines: [t('actionItems.history.progress', { from: 20, to: 60 }), 'Catatan: Survei lapangan selesai.'],
    });
  });

  it('reads a proposal submitted at creation and one submitted from a draft (with its note)', () => {
    const created = view('ProposalSubmitted', {
      title: 'Pelatihan TOT',
      description: null,
      addressedToOrganizationId: 'o1',
      status: 'submitted',
      proposerOrganizationIds: ['o2'],
      meetingIds: [],
    });
    const fromDraft = view('ProposalSubmitted', {
      version: 2,
      action: 'submit',
      from: 'draft',
      to: 'submitted',
      note: 'Mohon dipertimbangkan.',
    });
    expect(describeEvent(created, t, 'id').lines).toEqual([]);
    expect(describeEvent(fromDraft, t, 'id').lines).toEqual([
      t('proposals.history.note', { note: 'Mohon dipertimbangkan.' }),
    ]);
  });

  it('keeps the name but guesses no line from a payload that does not fit its schema', () => {
    const misfit = view('ActionItemVerified', { outcome: 'rejected', reason: 'Koordinat belum lengkap.' });
    expect(describeEvent(misfit, t, 'id')).toEqual({
      title: t('actionItems.history.event.ActionItemVerified'),
      lines: [],
    });
  });

  it('calls a type it does not know "another change"', () => {
    expect(describeEvent(view('ParticipantsImported', {}), t, 'id').title).toBe('Perubahan lain');
    expect(describeEvent(view('SomethingNew', {}), t, 'id')).toEqual({ title: 'Perubahan lain', lines: [] });
  });
});

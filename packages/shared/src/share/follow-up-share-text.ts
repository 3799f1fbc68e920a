import type { Language } from '../enums';
import { healthLabel, statusLabel } from '../i18n/labels';
import type { ActionItemDetail } from '../schemas/action-item';
import type { CommitmentDetail } from '../schemas/commitment';
import { formatDate } from '../time/format';
import {
  appLink,
  bold,
  clip,
  composeShareText,
  fact,
  inlineList,
  plain,
  type ShareContext,
  shareWord,
} from './compose';

/** "Senin, 9 Februari 2026" for a calendar day (`YYYY-MM-DD`), which has no zone. */
const day = (value: string, lang: Language) => formatDate(`${value}T12:00:00Z`, lang, 'UTC');

/** "Dinas Kominfo Kab. Kerinci (Budi Santoso)": the office, and the person when the page names one. */
function who(organization: { name: string } | null, person: { name: string } | null): string | null {
  if (organization && person) return `${plain(organization.name)} (${plain(person.name)})`;
  const one = organization ?? person;
  return one ? plain(one.name) : null;
}

/** Its source meeting's title, unless the meeting lies outside the reader's region. */
function meetingTitle(meeting: { outsideScope: true } | { outsideScope: false; title: string } | null) {
  return meeting && !meeting.outsideScope ? clip(meeting.title, 150) : null;
}

export type ActionItemShareInput = Pick<
  ActionItemDetail,
  | 'id'
  | 'title'
  | 'status'
  | 'health'
  | 'progress'
  | 'dueOn'
  | 'ownerOrganization'
  | 'ownerPerson'
  | 'region'
  | 'meeting'
  | 'description'
>;

/** An action item: what, its status and health, the deadline, who is responsible, where it came from. */
export function actionItemShareText(item: ActionItemShareInput, { lang, origin }: ShareContext): string {
  const status = [statusLabel(item.status, lang), ...(item.health ? [healthLabel(item.health, lang)] : [])];
  const source = meetingTitle(item.meeting);
  return composeShareText(
    () => [
      [`${shareWord(lang, 'kind.actionItem')}: ${bold(clip(item.title, 200))}`],
      [
        fact(lang, 'fact.status', status.join(' · ')),
        fact(lang, 'fact.due', day(item.dueOn, lang)),
        fact(lang, 'fact.owner', who(item.ownerOrganization, item.ownerPerson) ?? ''),
        ...(item.region ? [fact(lang, 'fact.region', plain(item.region.name))] : []),
        fact(lang, 'fact.progress', `${item.progress}%`),
        ...(source ? [fact(lang, 'fact.fromMeeting', source)] : []),
      ],
      item.description ? [clip(item.description, 300)] : null,
    ],
    appLink(origin, 'actionItem', { id: item.id }),
    lang,
  );
}

export type CommitmentShareInput = Pick<
  CommitmentDetail,
  | 'id'
  | 'title'
  | 'status'
  | 'isOverdue'
  | 'dueOn'
  | 'committedBy'
  | 'committedByPerson'
  | 'owner'
  | 'regions'
  | 'meeting'
>;

/** A commitment: the promise, who made it, by when, for which regions, who follows it up. */
export function commitmentShareText(
  commitment: CommitmentShareInput,
  { lang, origin }: ShareContext,
): string {
  const status = [
    statusLabel(commitment.status, lang),
    ...(commitment.isOverdue ? [shareWord(lang, 'overdue')] : []),
  ];
  const owner = who(commitment.owner.organization, commitment.owner.person);
  const source = meetingTitle(commitment.meeting);
  return composeShareText(
    () => [
      [`${shareWord(lang, 'kind.commitment')}: ${bold(clip(commitment.title, 200))}`],
      [
        fact(lang, 'fact.status', status.join(' · ')),
        fact(lang, 'fact.committedBy', who(commitment.committedBy, commitment.committedByPerson) ?? ''),
        fact(
          lang,
          'fact.due',
          commitment.dueOn ? day(commitment.dueOn, lang) : shareWord(lang, 'fact.noDue'),
        ),
        ...(commitment.regions.length > 0
          ? [
              fact(
                lang,
                'fact.region',
                inlineList(
                  commitment.regions.map((r) => r.name),
                  lang,
                ),
              ),
            ]
          : []),
        ...(owner ? [fact(lang, 'fact.owner', owner)] : []),
        ...(source ? [fact(lang, 'fact.fromMeeting', source)] : []),
      ],
    ],
    appLink(origin, 'commitment', { id: commitment.id }),
    lang,
  );
}

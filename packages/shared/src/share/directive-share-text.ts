import type { Language } from '../enums';
import { statusLabel } from '../i18n/labels';
import type { DirectiveDetail } from '../schemas/directive';
import { formatDate } from '../time/format';
import {
  appLink,
  bold,
  bulletList,
  clip,
  composeShareText,
  fact,
  plain,
  type ShareContext,
  shareWord,
} from './compose';

const day = (value: string, lang: Language) => formatDate(`${value}T12:00:00Z`, lang, 'UTC');

export type DirectiveShareInput = Pick<
  DirectiveDetail,
  'id' | 'title' | 'dueOn' | 'issuedBy' | 'meeting' | 'counts' | 'offices' | 'instruction'
>;

/**
 * A directive: what, from whom, by when, how the offices the reader sees stand ("8 dari 11 selesai,
 * 2 terlambat") and each of those offices; a regency's reader shares only its own row.
 */
export function directiveShareText(directive: DirectiveShareInput, { lang, origin }: ShareContext): string {
  const { counts } = directive;
  const meeting =
    directive.meeting && !directive.meeting.outsideScope ? clip(directive.meeting.title, 150) : null;
  return composeShareText(
    (listLimit) => [
      [`${shareWord(lang, 'kind.directive')}: ${bold(clip(directive.title, 200))}`],
      [
        fact(lang, 'fact.issuedBy', plain(directive.issuedBy.organization.name)),
        fact(lang, 'fact.due', day(directive.dueOn, lang)),
        fact(
          lang,
          'fact.progress',
          shareWord(lang, 'directiveProgress', {
            done: counts.done,
            total: counts.total,
            overdue: counts.overdue,
          }),
        ),
        ...(meeting ? [fact(lang, 'fact.fromMeeting', meeting)] : []),
      ],
      directive.instruction ? [clip(directive.instruction, 300)] : null,
      directive.offices.length > 0
        ? [
            `${shareWord(lang, 'fact.offices')}:`,
            ...bulletList(
              directive.offices.map(
                (o) => `${o.office.name}: ${statusLabel(o.status, lang)} (${o.progress}%)`,
              ),
              lang,
              listLimit,
            ),
          ]
        : null,
    ],
    appLink(origin, 'directive', { id: directive.id }),
    lang,
  );
}

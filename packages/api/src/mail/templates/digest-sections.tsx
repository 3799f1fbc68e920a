import {
  formatCalendarDate,
  formatDateTime,
  type Language,
  meetingTypeLabel,
  statusLabel,
} from '@tindak/shared';
import type {
  DigestCommitment,
  DigestContent,
  DigestItem,
  DigestMeeting,
  DigestMore,
  DigestProposal,
} from '../content';
import { mailMessages } from '../messages';
import { formatInstantDate } from './digest-format';
import { IndicatorSection } from './digest-indicators';
import { DigestRow, Reusable } from './digest-row';
import { Badge, metaLine, Paragraph, SectionTitle, TextLink } from './parts';
import { groupHeading } from './styles';

/** Each section renders nothing when it has no rows: an empty heading is noise in a weekly mail. */
interface SectionProps<T> {
  rows: T[];
  /** The whole list, when the rows are its first part. */
  more?: DigestMore;
  lang: Language;
  timeZone: string;
}

/**
 * Under a list cut short: how many of how many, and the page of the app that has them all (or,
 * with `linkText`, another page that helps).
 */
export function MoreLine({
  shown,
  more,
  lang,
  linkText,
}: {
  shown: number;
  more: DigestMore | undefined;
  lang: Language;
  linkText?: string;
}) {
  if (!more || more.total <= shown) return null;
  const m = mailMessages(lang).digest;
  return (
    <Paragraph muted>
      {m.shownOf(shown, more.total)}
      {more.url ? (
        <>
          {' '}
          <TextLink href={more.url}>{linkText ?? m.seeAll}</TextLink>
        </>
      ) : null}
    </Paragraph>
  );
}

const days = (item: DigestItem) => item.daysOverdue ?? 0;

export function OverdueSection({
  groups,
  more,
  lang,
}: {
  groups: DigestContent['overdue'];
  more?: DigestMore;
  lang: Language;
}) {
  const m = mailMessages(lang).digest;
  // Oldest first, both within an office and between offices, so the longest-late work leads.
  const sorted = groups
    .filter((group) => group.items.length > 0)
    .map((group) => ({ ...group, items: [...group.items].sort((a, b) => days(b) - days(a)) }))
    .sort((a, b) => days(b.items[0] as DigestItem) - days(a.items[0] as DigestItem));
  if (sorted.length === 0) return null;
  return (
    <>
      <SectionTitle>{m.sections.overdue}</SectionTitle>
      {sorted.map((group) => (
        <div key={group.directives ? ':directives' : group.officeName}>
          <h3 style={groupHeading}>{group.directives ? m.directiveGroup : group.officeName}</h3>
          {group.items.map((item) => (
            <Reusable key={item.url} id={['overdue', lang, item]}>
              <OverdueRow item={item} lang={lang} />
            </Reusable>
          ))}
        </div>
      ))}
      <MoreLine shown={sorted.reduce((n, group) => n + group.items.length, 0)} more={more} lang={lang} />
    </>
  );
}

export function DueThisWeekSection({ rows, more, lang }: SectionProps<DigestItem>) {
  if (rows.length === 0) return null;
  const m = mailMessages(lang).digest;
  return (
    <>
      <SectionTitle>{m.sections.dueThisWeek}</SectionTitle>
      {rows.map((item) => (
        <Reusable key={item.url} id={['due', lang, item]}>
          <DueRow item={item} lang={lang} />
        </Reusable>
      ))}
      <MoreLine shown={rows.length} more={more} lang={lang} />
    </>
  );
}

export function ResolvedSection({ rows, more, lang, timeZone }: SectionProps<DigestItem>) {
  if (rows.length === 0) return null;
  const m = mailMessages(lang).digest;
  return (
    <>
      <SectionTitle>{m.sections.resolvedLastWeek}</SectionTitle>
      {rows.map((item) => (
        <Reusable key={item.url} id={['resolved', lang, timeZone, item]}>
          <ResolvedRow item={item} lang={lang} timeZone={timeZone} />
        </Reusable>
      ))}
      <MoreLine shown={rows.length} more={more} lang={lang} />
    </>
  );
}

/*
 * The rows of the reader's own sections. Each is a component of its own so that the worker can
 * render a row once and reuse it in every digest that lists it (see Reusable): a row is a function
 * of what it shows, the language and the time zone, nothing else.
 */

/** A directive's items as one line: its title, linked to its page, and how its offices stand. */
function DirectiveLine({
  item,
  spread,
  lang,
}: {
  item: DigestItem;
  spread: NonNullable<DigestItem['directive']>;
  lang: Language;
}) {
  const m = mailMessages(lang).digest;
  return (
    <DigestRow
      title={item.title}
      url={item.url}
      meta={metaLine([
        m.directiveSpread(spread),
        item.dueDate && m.due(formatCalendarDate(item.dueDate, lang)),
      ])}
    />
  );
}

function OverdueRow({ item, lang }: { item: DigestItem; lang: Language }) {
  const m = mailMessages(lang).digest;
  if (item.directive) return <DirectiveLine item={item} spread={item.directive} lang={lang} />;
  return (
    <DigestRow
      title={item.title}
      url={item.url}
      badge={<Badge tone="danger">{m.daysOverdue(days(item))}</Badge>}
      meta={metaLine([
        item.dueDate && m.due(formatCalendarDate(item.dueDate, lang)),
        item.ownerName && m.owner(item.ownerName),
        statusLabel(item.status, lang),
      ])}
    />
  );
}

function DueRow({ item, lang }: { item: DigestItem; lang: Language }) {
  const m = mailMessages(lang).digest;
  if (item.directive) return <DirectiveLine item={item} spread={item.directive} lang={lang} />;
  return (
    <DigestRow
      title={item.title}
      url={item.url}
      meta={metaLine([
        item.dueDate && m.due(formatCalendarDate(item.dueDate, lang)),
        item.officeName,
        item.ownerName && m.owner(item.ownerName),
        statusLabel(item.status, lang),
      ])}
    />
  );
}

function ResolvedRow({ item, lang, timeZone }: { item: DigestItem; lang: Language; timeZone: string }) {
  const m = mailMessages(lang).digest;
  if (item.directive) return <DirectiveLine item={item} spread={item.directive} lang={lang} />;
  return (
    <DigestRow
      title={item.title}
      url={item.url}
      meta={metaLine([
        item.resolvedAt && m.resolvedOn(formatInstantDate(item.resolvedAt, lang, timeZone)),
        item.officeName,
        item.ownerName && m.owner(item.ownerName),
      ])}
    />
  );
}

export function CommitmentsSection({ rows, more, lang }: SectionProps<DigestCommitment>) {
  if (rows.length === 0) return null;
  const m = mailMessages(lang).digest;
  return (
    <>
      <SectionTitle>{m.sections.commitments}</SectionTitle>
      {rows.map((commitment) => (
        <DigestRow
          key={commitment.url}
          title={commitment.title}
          url={commitment.url}
          badge={
            <Badge tone={commitment.change === 'new' ? 'info' : 'warning'}>
              {m.change[commitment.change]}
            </Badge>
          }
          meta={metaLine([
            commitment.partyName,
            statusLabel(commitment.status, lang),
            commitment.dueDate && m.due(formatCalendarDate(commitment.dueDate, lang)),
          ])}
        />
      ))}
      <MoreLine shown={rows.length} more={more} lang={lang} />
    </>
  );
}

export function ProposalsSection({ rows, more, lang }: SectionProps<DigestProposal>) {
  if (rows.length === 0) return null;
  const m = mailMessages(lang).digest;
  return (
    <>
      <SectionTitle>{m.sections.proposals}</SectionTitle>
      {rows.map((proposal) => (
        <DigestRow
          key={proposal.url}
          title={proposal.title}
          url={proposal.url}
          meta={metaLine([
            proposal.addresseeName && m.addressedTo(proposal.addresseeName),
            statusLabel(proposal.status, lang),
            proposal.raisedOn && m.submittedOn(formatCalendarDate(proposal.raisedOn, lang)),
          ])}
        />
      ))}
      <MoreLine shown={rows.length} more={more} lang={lang} />
    </>
  );
}

/**
 * The sections every reader with the same scope region and time zone shares, in their order in
 * the digest. The worker renders them once per region and language and places the result in each
 * digest (see renderDigestScopeSections), so they must not depend on anything else.
 */
export function ScopeSections({
  sections,
  lang,
  timeZone,
}: {
  sections: Pick<
    DigestContent,
    'commitments' | 'proposalsAwaitingDecision' | 'upcomingMeetings' | 'scopeMore' | 'indicators'
  >;
  lang: Language;
  timeZone: string;
}) {
  const more = sections.scopeMore;
  return (
    <>
      <CommitmentsSection
        rows={sections.commitments}
        more={more.commitments}
        lang={lang}
        timeZone={timeZone}
      />
      <ProposalsSection
        rows={sections.proposalsAwaitingDecision}
        more={more.proposals}
        lang={lang}
        timeZone={timeZone}
      />
      <MeetingsSection
        rows={sections.upcomingMeetings}
        more={more.meetings}
        lang={lang}
        timeZone={timeZone}
      />
      <IndicatorSection indicators={sections.indicators} lang={lang} />
    </>
  );
}

export function MeetingsSection({ rows, more, lang, timeZone }: SectionProps<DigestMeeting>) {
  if (rows.length === 0) return null;
  const m = mailMessages(lang).digest;
  return (
    <>
      <SectionTitle>{m.sections.meetings}</SectionTitle>
      {rows.map((meeting) => (
        <DigestRow
          key={meeting.url}
          title={meeting.title}
          url={meeting.url}
          meta={metaLine([
            formatDateTime(meeting.startsAt, lang, timeZone),
            meeting.place,
            meetingTypeLabel(meeting.meetingType, lang),
          ])}
        />
      ))}
      <MoreLine shown={rows.length} more={more} lang={lang} />
    </>
  );
}

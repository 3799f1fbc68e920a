import type { ReactNode } from 'react';
import type { DigestMail } from '../content';
import { mailMessages } from '../messages';
import { byUrgency } from './describe-notification';
import { digestSummaryLine, formatDateRange, lateDigestLine, weekNumber } from './digest-format';
import { RegionTable } from './digest-region-table';
import {
  DueThisWeekSection,
  MoreLine,
  OverdueSection,
  ResolvedSection,
  ScopeSections,
} from './digest-sections';
import { MailLayout } from './layout';
import { NotificationCard } from './notification-mail';
import { Paragraph, PrimaryButton, SectionTitle, Title } from './parts';
import { colors } from './styles';

/** A digest sent after its Monday says so first (the worker was down then). */
const lateNotice = {
  margin: '0 0 12px',
  padding: '8px 12px',
  backgroundColor: colors.warningSoft,
  color: colors.warning,
};

/**
 * The Monday digest (or later in the week, marked late): the week's numbers on top, then only the sections that have something in them.
 * `scopeSlot` stands in for the scope sections when they are rendered separately (render.ts).
 */
export function DigestMailView({
  mail,
  preview,
  scopeSlot,
}: {
  mail: DigestMail;
  preview: string;
  scopeSlot?: ReactNode;
}) {
  const { content, recipient } = mail;
  const lang = recipient.language;
  const timeZone = recipient.timeZone;
  const m = mailMessages(lang);
  return (
    <MailLayout
      lang={lang}
      preview={preview}
      footer={{ reason: m.digest.footerReason(content.scopeName), settingsUrl: mail.settingsUrl }}
    >
      <Title>{m.digest.heading(weekNumber(content.week))}</Title>
      {content.lateSince ? (
        <p style={lateNotice}>{lateDigestLine(content.lateSince, lang, timeZone)}</p>
      ) : null}
      <Paragraph muted>
        {content.scopeName} · {formatDateRange(content.weekStart, content.weekEnd, lang)}
      </Paragraph>
      <Paragraph>{m.greeting(recipient.name)}</Paragraph>
      <Paragraph>
        <strong>{digestSummaryLine(content, lang)}</strong>
      </Paragraph>
      <OverdueSection groups={content.overdue} more={content.more.overdue} lang={lang} />
      <DueThisWeekSection
        rows={content.dueThisWeek}
        more={content.more.dueThisWeek}
        lang={lang}
        timeZone={timeZone}
      />
      <ResolvedSection
        rows={content.resolvedLastWeek}
        more={content.more.resolvedLastWeek}
        lang={lang}
        timeZone={timeZone}
      />
      {scopeSlot ?? <ScopeSections sections={content} lang={lang} timeZone={timeZone} />}
      {content.completionByRegion && content.completionByRegion.length > 0 ? (
        <RegionTable rows={content.completionByRegion} lang={lang} />
      ) : null}
      {content.notifications.length > 0 ? (
        <>
          <SectionTitle>{m.digest.sections.notifications}</SectionTitle>
          {byUrgency(content.notifications).map((facts, index) => (
            <NotificationCard key={`${index}-${facts.url}`} facts={facts} lang={lang} />
          ))}
          <MoreLine
            shown={content.notifications.length}
            more={content.more.notifications}
            lang={lang}
            linkText={m.digest.notificationsElsewhere}
          />
        </>
      ) : null}
      <PrimaryButton href={mail.appUrl}>{m.openApp}</PrimaryButton>
    </MailLayout>
  );
}

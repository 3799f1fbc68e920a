import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import {
  type DashboardItem,
  type DashboardMeeting,
  daysBetween,
  formatCalendarDate,
  formatDate,
  pathTo,
  type WaitingItem,
} from '@tindak/shared';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DirectiveLabel } from '../action-items/list/directive-spread';
import { ActionItemStatusBadge, HealthBadge } from '../action-items/shared/badges';
import { useLanguage } from '../i18n/use-language';
import { formatMeetingWhen } from '../meetings/shared/format-when';

interface Listed<T> {
  items: T[];
  total: number;
}

interface SectionProps {
  title: string;
  intro: string;
  children: ReactNode;
  /** A link to the full list, below the section. */
  more?: { to: string; label: string };
}

/** A titled part of the home page, labelled by its heading for screen-reader navigation. */
export function HomeSection({ title, intro, children, more }: SectionProps) {
  const headingId = useId();
  return (
    <Card
      component="section"
      withBorder
      padding="md"
      aria-labelledby={headingId}
      className="tindak-home-section"
    >
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h3" id={headingId}>
            {title}
          </Title>
          <Text size="sm" c="dimmed" className="tindak-wrap">
            {intro}
          </Text>
        </Stack>
        {children}
        {more && (
          <Anchor component={Link} to={more.to} size="sm">
            {more.label}
          </Anchor>
        )}
      </Stack>
    </Card>
  );
}

/** Nothing to show, said as what it means for the reader. */
function EmptyNote({ text, hint }: { text: string; hint: string }) {
  return (
    <Stack gap={2}>
      <Text fw={600} size="sm">
        {text}
      </Text>
      <Text size="sm" c="dimmed">
        {hint}
      </Text>
    </Stack>
  );
}

function MoreNote({ list }: { list: Listed<unknown> }) {
  const { t } = useTranslation();
  if (list.total <= list.items.length) return null;
  return (
    <Text size="sm" c="dimmed">
      {t('home.more', { shown: list.items.length, total: list.total })}
    </Text>
  );
}

/** "Tenggat 1 Maret 2026 · lewat 3 hari". */
function DueLine({ item, today }: { item: DashboardItem; today: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const days = daysBetween(today, item.dueOn);
  const relative =
    days < 0
      ? t('home.item.overdueDays', { count: -days })
      : days === 0
        ? t('home.item.dueToday')
        : t('home.item.dueInDays', { count: days });
  return (
    <Text size="sm" fw={500} c={days < 0 ? 'red.8' : undefined}>
      {t('home.item.due', { date: formatCalendarDate(item.dueOn, lang) })} · {relative}
    </Text>
  );
}

function ItemTitle({ item }: { item: DashboardItem }) {
  return (
    <>
      <Title order={3} size="h5" className="tindak-wrap">
        <Anchor
          component={Link}
          to={pathTo('actionItem', { id: item.id })}
          inherit
          className="tindak-home-row-link"
        >
          {item.title}
        </Anchor>
      </Title>
      {item.directive && <DirectiveLabel directive={item.directive} />}
    </>
  );
}

function ownerOf(item: DashboardItem) {
  return item.ownerPerson
    ? `${item.ownerOrganization.name} · ${item.ownerPerson.name}`
    : item.ownerOrganization.name;
}

export function MyItemsSection({ list, today }: { list: Listed<DashboardItem>; today: string }) {
  const { t } = useTranslation();
  return (
    <HomeSection
      title={t('home.myItems.title')}
      intro={t('home.myItems.intro')}
      more={{ to: pathTo('actionItems'), label: t('home.myItems.all') }}
    >
      {list.items.length === 0 ? (
        <EmptyNote text={t('home.myItems.empty')} hint={t('home.myItems.emptyHint')} />
      ) : (
        <ul className="tindak-plain-list tindak-home-list" aria-label={t('home.myItems.title')}>
          {list.items.map((item) => (
            <li key={item.id}>
              <Stack gap={4}>
                <Group gap={6}>
                  <HealthBadge health={item.health} />
                  <ActionItemStatusBadge status={item.status} />
                </Group>
                <ItemTitle item={item} />
                <DueLine item={item} today={today} />
                <Text size="sm" c="dimmed" className="tindak-wrap">
                  {ownerOf(item)}
                </Text>
              </Stack>
            </li>
          ))}
        </ul>
      )}
      <MoreNote list={list} />
    </HomeSection>
  );
}

export function WaitingSection({ list }: { list: Listed<WaitingItem> }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <HomeSection title={t('home.waiting.title')} intro={t('home.waiting.intro')}>
      {list.items.length === 0 ? (
        <EmptyNote text={t('home.waiting.empty')} hint={t('home.waiting.emptyHint')} />
      ) : (
        <ul className="tindak-plain-list tindak-home-list" aria-label={t('home.waiting.title')}>
          {list.items.map((item) => (
            <li key={`${item.reason}:${item.id}`}>
              <Stack gap={4}>
                <Group gap={6}>
                  <Badge
                    variant="light"
                    color={item.reason === 'verification' ? 'violet' : 'orange'}
                    tt="none"
                  >
                    {t(`home.waiting.${item.reason}`)}
                  </Badge>
                  <HealthBadge health={item.health} />
                </Group>
                <ItemTitle item={item} />
                <Text size="sm">
                  {t('home.waiting.since', { date: formatDate(item.since, lang) })}
                  {item.requestedDueOn
                    ? ` · ${t('home.waiting.requested', { date: formatCalendarDate(item.requestedDueOn, lang) })}`
                    : ''}
                </Text>
                <Text size="sm" c="dimmed" className="tindak-wrap">
                  {ownerOf(item)}
                </Text>
              </Stack>
            </li>
          ))}
        </ul>
      )}
      <MoreNote list={list} />
    </HomeSection>
  );
}

export function MeetingsSection({ list }: { list: Listed<DashboardMeeting> }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <HomeSection
      title={t('home.meetings.title')}
      intro={t('home.meetings.intro')}
      more={{ to: pathTo('meetings'), label: t('home.meetings.all') }}
    >
      {list.items.length === 0 ? (
        <EmptyNote text={t('home.meetings.empty')} hint={t('home.meetings.emptyHint')} />
      ) : (
        <ul className="tindak-plain-list tindak-home-list" aria-label={t('home.meetings.title')}>
          {list.items.map((meeting) => (
            <li key={meeting.id}>
              <Stack gap={4}>
                <Group gap={6}>
                  <Badge variant="light" tt="none">
                    {t(`meetingType.${meeting.type}`)}
                  </Badge>
                </Group>
                <Title order={3} size="h5" className="tindak-wrap">
                  <Anchor
                    component={Link}
                    to={pathTo('meeting', { id: meeting.id })}
                    inherit
                    className="tindak-home-row-link"
                  >
                    {meeting.title}
                  </Anchor>
                </Title>
                <Text size="sm" fw={500}>
                  {formatMeetingWhen(meeting, lang, t)}
                </Text>
                <Text size="sm" c="dimmed" className="tindak-wrap">
                  {[
                    meeting.place ?? (meeting.online ? t('home.meetings.online') : null),
                    t('home.meetings.host', { name: meeting.host.name }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Stack>
            </li>
          ))}
        </ul>
      )}
      <MoreNote list={list} />
    </HomeSection>
  );
}

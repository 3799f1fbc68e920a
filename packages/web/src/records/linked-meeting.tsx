import { Anchor, Text } from '@mantine/core';
import { formatDate, pathTo } from '@tindak/shared';
import { Link } from 'react-router';
import { useLanguage } from '../i18n/use-language';
import { OutsideScopeRecord } from '../kit/outside-scope';

type MeetingLink =
  | { outsideScope: true }
  | { outsideScope: false; id: string; title: string; startsAt: string };

/** A meeting a record came from: its title and day, or only that it lies outside the reader's region. */
export function LinkedMeeting({ meeting }: { meeting: MeetingLink }) {
  const lang = useLanguage();
  if (meeting.outsideScope) return <OutsideScopeRecord />;
  return (
    <>
      <Anchor component={Link} to={pathTo('meeting', { id: meeting.id })} className="tindak-wrap">
        {meeting.title}
      </Anchor>{' '}
      <Text span size="sm" c="dimmed">
        ({formatDate(meeting.startsAt, lang)})
      </Text>
    </>
  );
}

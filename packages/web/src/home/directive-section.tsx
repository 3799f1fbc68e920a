import { Anchor, Stack, Text, Title } from '@mantine/core';
import { type DirectiveSpread, formatCalendarDate, pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DirectiveSpreadBar, DirectiveSpreadLine } from '../action-items/list/directive-spread';
import { useLanguage } from '../i18n/use-language';
import { HomeSection } from './home-sections';

/**
 * Open directives in the reader's scope, each once with its spread ("8 dari 11 selesai, 2
 * terlambat"), linked to its page. Only directives with more than one item in scope come here: a
 * regency holding one office's share sees that item in its own list, labelled with the directive.
 */
export function DirectiveSection({ directives }: { directives: DirectiveSpread[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (directives.length === 0) return null;
  return (
    <HomeSection
      title={t('directiveSpread.home.title')}
      intro={t('directiveSpread.home.intro')}
      more={{ to: pathTo('actionItems'), label: t('directiveSpread.home.all') }}
    >
      <ul className="tindak-plain-list tindak-home-list" aria-label={t('directiveSpread.home.title')}>
        {directives.map((spread) => (
          <li key={spread.id}>
            <Stack gap={4}>
              <Title order={3} size="h5" className="tindak-wrap">
                <Anchor
                  component={Link}
                  to={pathTo('directive', { id: spread.id })}
                  inherit
                  className="tindak-home-row-link"
                >
                  {spread.title}
                </Anchor>
              </Title>
              <DirectiveSpreadLine spread={spread} />
              <DirectiveSpreadBar spread={spread} />
              <Text size="sm" c="dimmed">
                {t('home.item.due', { date: formatCalendarDate(spread.dueOn, lang) })}
              </Text>
            </Stack>
          </li>
        ))}
      </ul>
    </HomeSection>
  );
}

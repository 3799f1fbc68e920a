import { Button, Group, Modal, Stack, Title } from '@mantine/core';
import { useDocumentTitle, useMediaQuery } from '@mantine/hooks';
import { type IndicatorGetOutput, type IndicatorRankingRow, pathTo } from '@tindak/shared';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { RecordPage } from '../kit/record-page';
import { NotFoundPage } from '../layout/not-found-page';
import { IndicatorExportLinks } from './import/indicator-export-links';
import { IndicatorImportButton } from './import/indicator-import-button';
import { IndicatorForm } from './indicator-form';
import { IndicatorHeading } from './indicator-heading';
import { RankingPlace } from './ranking-place';
import { RecordValueForm } from './record-value-form';
import { SetTargetsForm } from './set-targets-form';
import { useIndicatorAuthority } from './use-indicator-authority';
import { useRankingParent } from './use-ranking-parent';
import { ValueHistoryDialog } from './value-history-dialog';

/** `/indikator/:id`: one indicator, its scale, the regions ranked, and what the user may do with it. */
export function IndicatorPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  return (
    <RecordPage
      query={(id) => trpc.indicators.get.queryOptions({ id })}
      notFound={
        <NotFoundPage
          title={t('indicators.page.notFound')}
          body={t('indicators.page.notFoundHint')}
          backTo={pathTo('indicators')}
          backLabel={t('indicators.page.backToList')}
        />
      }
      loadErrorTitle={t('indicators.page.loadError')}
    >
      {(data) => <IndicatorView data={data} />}
    </RecordPage>
  );
}

type Dialog = 'edit' | 'record' | 'targets' | null;

function IndicatorView({ data }: { data: IndicatorGetOutput }) {
  const { t } = useTranslation();
  const { indicator } = data;
  useDocumentTitle(`${indicator.name} · ${t('app.name')}`);
  const may = useIndicatorAuthority(indicator);
  const [parent, setParent] = useRankingParent();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [historyOf, setHistoryOf] = useState<IndicatorRankingRow | null>(null);
  const close = () => setDialog(null);
  const actions = (may.edit || may.record || may.target) && (
    <Group gap="sm" role="group" aria-label={t('indicators.page.actions')}>
      {may.edit && (
        <Button variant="default" onClick={() => setDialog('edit')}>
          {t('indicators.page.edit')}
        </Button>
      )}
      {may.target && (
        <Button variant="default" onClick={() => setDialog('targets')}>
          {t('indicators.page.setTargets')}
        </Button>
      )}
      {may.record && <IndicatorImportButton indicator={indicator} />}
      {may.record && <Button onClick={() => setDialog('record')}>{t('indicators.page.record')}</Button>}
    </Group>
  );
  return (
    <Stack gap="lg">
      <IndicatorHeading indicator={indicator} actions={actions} />
      <Stack gap="sm" component="section" aria-labelledby="indicator-ranking-heading">
        <Title order={2} size="h3" id="indicator-ranking-heading">
          {t('indicators.page.ranking')}
        </Title>
        <RankingPlace
          indicatorId={indicator.id}
          parent={parent}
          onParent={setParent}
          onShowHistory={setHistoryOf}
        />
        <IndicatorExportLinks indicatorId={indicator.id} parentRegionCode={parent} />
      </Stack>
      <IndicatorDialog opened={dialog === 'edit'} title={t('indicators.form.editTitle')} onClose={close}>
        <IndicatorForm indicator={indicator} onDone={close} />
      </IndicatorDialog>
      <IndicatorDialog opened={dialog === 'record'} title={t('indicators.value.title')} onClose={close}>
        <RecordValueForm indicator={indicator} defaultParent={parent} authority={may} onDone={close} />
      </IndicatorDialog>
      <IndicatorDialog opened={dialog === 'targets'} title={t('indicators.targets.title')} onClose={close}>
        <SetTargetsForm indicator={indicator} parent={parent} authority={may} onDone={close} />
      </IndicatorDialog>
      <ValueHistoryDialog
        indicatorId={indicator.id}
        unit={indicator.unit}
        row={historyOf}
        onClose={() => setHistoryOf(null)}
      />
    </Stack>
  );
}

/** The dialog of one action; the form inside starts afresh each time it opens. */
function IndicatorDialog(props: {
  opened: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  // A form with a dozen fields needs the whole of a 360 px screen.
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  return (
    <Modal
      opened={props.opened}
      fullScreen={phone}
      onClose={props.onClose}
      title={props.title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('auth.closeDialog') }}
    >
      {props.opened && props.children}
    </Modal>
  );
}

import type { QueryKey, UseQueryOptions } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordPage } from '../kit/record-page';
import { NotFoundPage } from '../layout/not-found-page';
import type { RecordKind } from './record-kind';

interface RecordKindPageProps<Data, Error, Key extends QueryKey> {
  kind: RecordKind;
  query: (id: string) => UseQueryOptions<Data, Error, Data, Key>;
  children: (record: Data) => ReactNode;
}

/** The page of one proposal or commitment by the id in the address, with its own not-found page. */
export function RecordKindPage<Data, Error, Key extends QueryKey>({
  kind,
  query,
  children,
}: RecordKindPageProps<Data, Error, Key>) {
  const { t } = useTranslation();
  return (
    <RecordPage
      query={query}
      notFound={
        <NotFoundPage title={t(`${kind}.page.notFoundTitle`)} body={t(`${kind}.page.notFoundBody`)} />
      }
      loadErrorTitle={t(`${kind}.page.loadError`)}
    >
      {children}
    </RecordPage>
  );
}

import type { Language } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';
import type { Checkable } from '../kit/form/validate';
import { schemaErrors } from '../kit/form/validate';
import { type StatusActionSpec, StatusActions, type StatusActionValues } from '../kit/status-actions';
import type { useRecordCache } from './record-cache';
import type { RecordKind } from './record-kind';

interface RecordStatusActionsProps<Action extends string, Input, Saved extends { id: string }> {
  kind: RecordKind;
  /** Every action the record kind has; only those the server allows now are offered. */
  all: Record<Action, StatusActionSpec<Action>>;
  allowed: readonly Action[];
  /** The transition input for an action with what was typed; checked with `schema` before sending. */
  input: (action: Action, values: StatusActionValues) => Input;
  schema: Checkable;
  transition: (input: Input) => Promise<Saved>;
  cache: ReturnType<typeof useRecordCache<Saved>>;
  parseCurrent: (value: unknown) => Saved | null;
}

/** A proposal's or a commitment's status moves, checked with the shared schema, shown at once. */
export function RecordStatusActions<Action extends string, Input, Saved extends { id: string }>({
  kind,
  all,
  allowed,
  input,
  schema,
  transition,
  cache,
  parseCurrent,
}: RecordStatusActionsProps<Action, Input, Saved>) {
  const { t } = useTranslation();
  const lang: Language = useLanguage();
  return (
    <StatusActions
      label={t(`${kind}.action.group`)}
      specs={allowed.map((action) => all[action])}
      validate={(action, values) => schemaErrors(schema, input(action, values), lang)}
      run={async (action, values) => {
        const saved = await transition(input(action, values));
        cache.put(saved);
        cache.refreshLists();
      }}
      parseCurrent={parseCurrent}
      onReload={cache.put}
      notSavedTitle={t(`${kind}.action.notChanged`)}
    />
  );
}

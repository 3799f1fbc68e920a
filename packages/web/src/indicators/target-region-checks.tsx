import { Checkbox, Stack, Text } from '@mantine/core';
import type { Region } from '@tindak/shared';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface TargetRegionChecksProps {
  /** The province itself, when its own target may be set. */
  own: Region[];
  /** Its regencies and cities (or the provinces), those the user may set a target for. */
  beneath: Region[];
  /** "Semua kabupaten/kota" (or "Semua provinsi"). */
  allLabel: string;
  value: string[];
  onChange: (codes: string[]) => void;
  error?: ReactNode;
  /** The region's current target, said beside its name. */
  describe: (code: string) => string;
}

/** A checkbox per region, and "Semua kabupaten/kota" to tick or clear all the regencies and cities at once. */
export function TargetRegionChecks(props: TargetRegionChecksProps) {
  const { own, beneath, allLabel, value, onChange, error, describe } = props;
  const { t } = useTranslation();
  const headingId = useId();
  const chosen = new Set(value);
  const childCodes = beneath.map((r) => r.code);
  const allChosen = childCodes.length > 0 && childCodes.every((code) => chosen.has(code));
  const someChosen = childCodes.some((code) => chosen.has(code));
  const toggle = (code: string, on: boolean) =>
    onChange(on ? [...value, code] : value.filter((chosenCode) => chosenCode !== code));
  const toggleAll = (on: boolean) =>
    onChange(
      on ? [...new Set([...value, ...childCodes])] : value.filter((code) => !childCodes.includes(code)),
    );
  const check = (region: Region) => (
    <Checkbox
      key={region.code}
      label={region.name}
      description={describe(region.code)}
      checked={chosen.has(region.code)}
      onChange={(event) => toggle(region.code, event.currentTarget.checked)}
    />
  );
  return (
    <Stack gap="xs" role="group" aria-labelledby={headingId}>
      <Text id={headingId} fw={500} size="sm">
        {t('indicators.targets.regions')}
      </Text>
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
      {own.map(check)}
      {beneath.length > 1 && (
        <Checkbox
          label={allLabel}
          checked={allChosen}
          indeterminate={someChosen && !allChosen}
          onChange={(event) => toggleAll(event.currentTarget.checked)}
          fw={600}
        />
      )}
      <Stack gap="xs" pl={beneath.length > 1 ? 'md' : 0}>
        {beneath.map(check)}
      </Stack>
    </Stack>
  );
}

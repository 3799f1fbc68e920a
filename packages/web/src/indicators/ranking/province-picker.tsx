import type { SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionSelect } from '../../regions/region-select';

interface ProvincePickerProps extends Pick<SelectProps, 'w' | 'maw'> {
  provinces: readonly { code: string; name: string }[];
  /** The province whose regencies and cities are ranked; null ranks the provinces themselves. */
  value: string | null;
  onChange: (code: string | null) => void;
}

/**
 * The province a national user ranks, on the indicator page and the national view. One group of
 * provinces: the region picker's usual province-and-its-regencies groups would repeat each name.
 */
export function ProvincePicker({ provinces, value, onChange, ...layout }: ProvincePickerProps) {
  const { t } = useTranslation();
  const groups = useMemo(
    () => [
      {
        group: t('indicatorViews.national.province'),
        items: provinces.map((p) => ({ value: p.code, label: p.name })),
      },
    ],
    [provinces, t],
  );
  return (
    <RegionSelect
      label={t('indicatorViews.national.province')}
      placeholder={t('indicatorViews.national.allProvinces')}
      groups={groups}
      clearable
      value={value}
      onChange={onChange}
      {...layout}
    />
  );
}

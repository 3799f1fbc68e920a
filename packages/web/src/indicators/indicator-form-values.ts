import type {
  BandTone,
  Indicator,
  IndicatorDirection,
  IndicatorPeriodKind,
  IndicatorUnit,
} from '@tindak/shared';
import { type NumberText, numberOrNull } from './decimal-input';

export interface BandRow {
  from: NumberText;
  to: NumberText;
  label: string;
  tone: BandTone;
}

/** The define/edit form's values, named as the shared schema names them so errors land by path. */
export interface IndicatorFormValues {
  name: string;
  description: string;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  periodKind: IndicatorPeriodKind;
  responsibleOrganizationId: string | null;
  scaleMin: NumberText;
  scaleMax: NumberText;
  bands: BandRow[];
  bandsSource: string;
  active: boolean;
}

export const emptyBand: BandRow = { from: '', to: '', label: '', tone: 'fair' };

export function blankIndicator(officeId: string | null): IndicatorFormValues {
  return {
    name: '',
    description: '',
    unit: 'index',
    direction: 'higher_is_better',
    periodKind: 'year',
    responsibleOrganizationId: officeId,
    scaleMin: '',
    scaleMax: '',
    bands: [],
    bandsSource: '',
    active: true,
  };
}

export function valuesOfIndicator(indicator: Indicator): IndicatorFormValues {
  return {
    name: indicator.name,
    description: indicator.description ?? '',
    unit: indicator.unit,
    direction: indicator.direction,
    periodKind: indicator.periodKind,
    responsibleOrganizationId: indicator.responsibleOffice.id,
    scaleMin: indicator.scaleMin ?? '',
    scaleMax: indicator.scaleMax ?? '',
    bands: indicator.bands.map((band) => ({ ...band })),
    bandsSource: indicator.bandsSource ?? '',
    active: indicator.active,
  };
}

/** The fields both `define` and `update` take; a number field left empty is null (the schema says if that is wrong). */
export function indicatorFieldsOf(values: IndicatorFormValues) {
  return {
    name: values.name,
    description: values.description,
    unit: values.unit,
    direction: values.direction,
    periodKind: values.periodKind,
    responsibleOrganizationId: values.responsibleOrganizationId ?? '',
    scaleMin: numberOrNull(values.scaleMin),
    scaleMax: numberOrNull(values.scaleMax),
    bands: values.bands.map((band) => ({
      from: numberOrNull(band.from) ?? Number.NaN,
      to: numberOrNull(band.to) ?? Number.NaN,
      label: band.label,
      tone: band.tone,
    })),
    bandsSource: values.bandsSource,
  };
}

import type { DashboardHome } from '@tindak/shared';
import { CompletionSection } from './completion-section';
import { NationalSection } from './national-section';
import { TrendSection } from './trend-section';

export interface RegionPictureProps {
  completion: NonNullable<DashboardHome['completion']>;
  today: string;
  /** An office without a region reads the whole country: provinces, not every regency's row. */
  national: boolean;
  readOnly: boolean;
}

/**
 * How the region is doing (completion by region and office, or the provinces side by side, and the
 * 12-week trend): for heads and viewers only, so a file of its own (with its tables), which staff
 * never fetch; home-page.tsx starts fetching it for those who see it as Beranda opens.
 */
export function RegionPicture({ completion, today, national, readOnly }: RegionPictureProps) {
  return (
    <>
      {national ? (
        <NationalSection readOnly={readOnly} />
      ) : (
        <CompletionSection completion={completion} readOnly={readOnly} />
      )}
      <TrendSection trend={completion.trend} today={today} />
    </>
  );
}

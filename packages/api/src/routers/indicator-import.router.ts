import {
  indicatorImportApplyInput,
  indicatorImportApplyOutput,
  indicatorImportPreviewInput,
  indicatorImportPreviewOutput,
} from '@tindak/shared';
import {
  applyIndicatorImport,
  previewIndicatorImport,
} from '../services/indicator-import/indicator-import.service';
import { protectedProcedure, router } from '../trpc';

/**
 * An indicator's values from a CSV/XLSX file, as the directory import does it: preview row by row
 * (new, changed, same, error, outside the caller's scope), then apply the rows the importer saw.
 */
export const indicatorImportRouter = router({
  /** A mutation, not a query: the file is too large for a URL, and nothing is cached. */
  previewFile: protectedProcedure
    .input(indicatorImportPreviewInput)
    .output(indicatorImportPreviewOutput)
    .mutation(({ ctx, input }) => previewIndicatorImport(ctx, input)),
  applyFile: protectedProcedure
    .input(indicatorImportApplyInput)
    .output(indicatorImportApplyOutput)
    .mutation(({ ctx, input }) => applyIndicatorImport(ctx, input)),
});

import {
  directoryImportApplyInput,
  directoryImportApplyOutput,
  directoryImportPreviewInput,
  directoryImportPreviewOutput,
} from '@tindak/shared';
import {
  applyDirectoryImport,
  previewDirectoryImport,
} from '../services/directory-import/directory-import.service';
import { protectedProcedure, router } from '../trpc';

/**
 * Offices or people from a CSV/XLSX file, as the attendance import does it: preview row by row
 * (with the importer's per-row choices), then apply the same file and choices once.
 */
export const directoryImportRouter = router({
  /** A mutation, not a query: the file is too large for a URL, and nothing is cached. */
  previewFile: protectedProcedure
    .input(directoryImportPreviewInput)
    .output(directoryImportPreviewOutput)
    .mutation(({ ctx, input }) => previewDirectoryImport(ctx, input)),
  applyFile: protectedProcedure
    .input(directoryImportApplyInput)
    .output(directoryImportApplyOutput)
    .mutation(({ ctx, input }) => applyDirectoryImport(ctx, input)),
});

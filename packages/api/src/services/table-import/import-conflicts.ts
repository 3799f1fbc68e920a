import { ConflictError, isUniqueViolation } from '../../errors';

/**
 * An import planned its rows, then someone added the same NIP or office before its insert: the
 * database's unique index answers, and the importer is told what to look at (never a 500).
 */
export function importConflict(error: unknown): unknown {
  if (isUniqueViolation(error, 'people_nip_key')) return new ConflictError('nipExists', undefined, 'content');
  if (isUniqueViolation(error, 'organizations_name_region_uq'))
    return new ConflictError('organizationExists', undefined, 'content');
  return error;
}

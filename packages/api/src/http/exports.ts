import { todayIn } from '@tindak/shared';
import type { FastifyInstance } from 'fastify';
import { buildExport, exportKinds } from '../exports/export.service';
import { authorizedRoutes, type ContextFor } from './authorized-route';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * GET /api/ekspor/<list>.xlsx|.csv: a list as a spreadsheet, with the list procedure's filters as
 * query parameters and its scope (the rows come from the same service, page after page).
 */
export async function registerExportRoutes(app: FastifyInstance, contextFor: ContextFor) {
  const route = authorizedRoutes(app, contextFor);
  for (const kind of exportKinds) {
    for (const format of ['xlsx', 'csv'] as const) {
      route(`GET /api/ekspor/${kind}.${format}`, async (request, reply, ctx) => {
        const sheet = await buildExport(
          ctx,
          kind,
          request.query as Record<string, string | string[] | undefined>,
        );
        const fileName = `${kind}-${todayIn(ctx.user.timeZone)}.${format}`;
        reply
          .header('cache-control', 'private, no-store')
          .header('content-disposition', `attachment; filename="${fileName}"`);
        const content = await app.documents.render({ kind: format, sheet });
        return reply.type(format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE).send(content);
      });
    }
  }
}

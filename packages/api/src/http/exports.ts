import { todayIn } from '@tindak/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../context';
import { DomainError } from '../errors';
import { buildExport, type ExportKind, exportKinds } from '../exports/export.service';
import { toCsv, toXlsx } from '../exports/spreadsheet';
import { replyWithDomainError } from './error-reply';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * GET /api/ekspor/<list>.xlsx|.csv: a list as a spreadsheet, with the list procedure's filters as
 * query parameters and its scope (the rows come from the same service, page after page).
 */
export async function registerExportRoutes(
  app: FastifyInstance,
  contextFor: (request: FastifyRequest, reply: FastifyReply) => Promise<Context>,
) {
  for (const kind of exportKinds) {
    for (const format of ['xlsx', 'csv'] as const) {
      app.get(`/api/ekspor/${kind}.${format}`, async (request, reply) => {
        const ctx = await contextFor(request, reply);
        try {
          if (!ctx.user) throw new DomainError('UNAUTHORIZED', 'notSignedIn');
          const sheet = await buildExport(
            ctx,
            kind as ExportKind,
            request.query as Record<string, string | string[] | undefined>,
          );
          const fileName = `${kind}-${todayIn(ctx.user.timeZone)}.${format}`;
          reply
            .header('cache-control', 'private, no-store')
            .header('content-disposition', `attachment; filename="${fileName}"`);
          if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(toCsv(sheet));
          return reply.type(XLSX_TYPE).send(await toXlsx(sheet));
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          return replyWithDomainError(reply, ctx.lang, error);
        }
      });
    }
  }
}

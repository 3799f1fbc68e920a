import {
  actionItemListInput,
  commitmentListInput,
  healthLabel,
  linkTitle,
  type MessageKey,
  priorityLabel,
  proposalListInput,
  statusLabel,
  todayIn,
} from '@tindak/shared';
import type { z } from 'zod';
import type { Context } from '../context';
import { BadRequestError } from '../errors';
import { listActionItems } from '../services/action-item.service';
import { listCommitments } from '../services/commitment.service';
import { listProposals } from '../services/proposal.service';
import { directiveSheet } from './directive-export';
import { indicatorExportInput, indicatorSheet } from './indicator-export';
import type { Cell, Sheet } from './spreadsheet';

/** An export is a list without pages; past this many rows the filters are the better tool. */
export const MAX_EXPORT_ROWS = 50_000;
const PAGE = 100;

export const exportKinds = ['tindak-lanjut', 'komitmen', 'usulan', 'indikator', 'arahan'] as const;
export type ExportKind = (typeof exportKinds)[number];

type Query = Record<string, string | string[] | undefined>;

/**
 * Query parameters carry the list procedure's own filter names; URLs have only strings, so
 * booleans and lists are coerced before the same schema the procedure uses parses them.
 */
function filterInput<T extends z.ZodType>(schema: T, query: Query, lists: string[], booleans: string[]) {
  const raw: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || key === 'cursor' || key === 'limit') continue;
    if (lists.includes(key)) raw[key] = (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(','));
    else if (booleans.includes(key)) raw[key] = ['true', '1', 'ya'].includes(String(value));
    else raw[key] = Array.isArray(value) ? value[0] : value;
  }
  const parsed = schema.safeParse({ ...raw, limit: PAGE });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BadRequestError(
      (issue?.message ?? 'invalidChoice') as MessageKey,
      String(issue?.path[0] ?? 'filter'),
    );
  }
  return parsed.data as z.output<T>;
}

/** Walks the list procedure's keyset pages, so scope and filters are exactly the list's. */
async function collect<I, R>(
  input: I,
  page: (input: I & { cursor: string | null }) => Promise<{ items: R[]; nextCursor: string | null }>,
): Promise<R[]> {
  const rows: R[] = [];
  let cursor: string | null = null;
  do {
    const result = await page({ ...input, cursor });
    rows.push(...result.items);
    cursor = result.nextCursor;
  } while (cursor && rows.length < MAX_EXPORT_ROWS);
  return rows.slice(0, MAX_EXPORT_ROWS);
}

const day = (value: string | null | undefined): Cell => (value ? { day: value.slice(0, 10) } : null);
const createdDay = (iso: string): Cell => ({ day: todayIn(undefined, new Date(iso)) });

export async function buildExport(ctx: Context, kind: ExportKind, query: Query): Promise<Sheet> {
  if (kind === 'indikator') {
    const input = filterInput(indicatorExportInput, query, [], []);
    return indicatorSheet(ctx, input, MAX_EXPORT_ROWS);
  }
  if (kind === 'arahan') {
    const input = filterInput(actionItemListInput, query, ['status'], ['overdueOnly']);
    return directiveSheet(ctx, input, collect);
  }
  if (kind === 'tindak-lanjut') {
    const input = filterInput(actionItemListInput, query, ['status'], ['overdueOnly']);
    // Every office's item, each naming its directive: the list's grouping is for reading, not counting.
    const items = await collect({ ...input, groupDirectives: false }, (i) => listActionItems(ctx, i));
    return {
      name: kind,
      columns: [
        { header: 'Judul', width: 48 },
        { header: 'Status', width: 20 },
        { header: 'Kondisi', width: 16 },
        { header: 'Prioritas', width: 12 },
        { header: 'Penanggung jawab', width: 36 },
        { header: 'Petugas', width: 24 },
        { header: 'Wilayah', width: 24 },
        { header: 'Tenggat', width: 12 },
        { header: 'Kemajuan (%)', width: 14 },
        { header: 'Asal rapat', width: 40 },
        { header: 'Dibuat', width: 12 },
        { header: 'Arahan', width: 48 },
      ],
      rows: items.map((item) => [
        item.title,
        statusLabel(item.status, 'id'),
        item.health ? healthLabel(item.health, 'id') : null,
        priorityLabel(item.priority, 'id'),
        item.ownerOrganization.name,
        item.ownerPerson?.name ?? null,
        item.region?.name ?? null,
        day(item.dueOn),
        item.progress,
        item.meeting ? linkTitle(item.meeting, 'id') : null,
        createdDay(item.createdAt),
        item.directive?.title ?? null,
      ]),
    };
  }
  if (kind === 'komitmen') {
    const input = filterInput(commitmentListInput, query, [], ['overdueOnly']);
    const items = await collect(input, (i) => listCommitments(ctx, i));
    return {
      name: kind,
      columns: [
        { header: 'Komitmen', width: 48 },
        { header: 'Status', width: 20 },
        { header: 'Pihak yang berkomitmen', width: 36 },
        { header: 'Wilayah', width: 30 },
        { header: 'Tenggat', width: 12 },
        { header: 'Lewat tenggat', width: 14 },
        { header: 'Penanggung jawab', width: 36 },
        { header: 'Asal rapat', width: 40 },
        { header: 'Tanggal rapat', width: 14 },
        { header: 'Bukti', width: 40 },
      ],
      rows: items.map((item) => [
        item.title,
        statusLabel(item.status, 'id'),
        item.committedBy.name,
        item.regions.map((r) => r.name).join(', ') || null,
        day(item.dueOn),
        item.isOverdue ? 'Ya' : 'Tidak',
        item.owner.person?.name ?? item.owner.organization?.name ?? null,
        item.meeting ? linkTitle(item.meeting, 'id') : null,
        item.meeting && !item.meeting.outsideScope ? createdDay(item.meeting.startsAt) : null,
        item.evidence,
      ]),
    };
  }
  const input = filterInput(proposalListInput, query, [], ['awaitingDecision']);
  const items = await collect(input, (i) => listProposals(ctx, i));
  return {
    name: kind,
    columns: [
      { header: 'Usulan', width: 48 },
      { header: 'Status', width: 20 },
      { header: 'Pengusul', width: 48 },
      { header: 'Ditujukan kepada', width: 36 },
      { header: 'Tanggal keputusan', width: 16 },
      { header: 'Dibuat', width: 12 },
      { header: 'Tanggal diajukan', width: 16 },
      { header: 'Nomor surat', width: 28 },
      { header: 'Tanggal surat', width: 14 },
    ],
    rows: items.map((item) => [
      item.title,
      statusLabel(item.status, 'id'),
      item.proposers.map((p) => p.name).join(', '),
      item.addressedTo.name,
      day(item.decidedOn),
      createdDay(item.createdAt),
      day(item.raisedOn),
      item.letter?.number ?? null,
      day(item.letter?.date),
    ]),
  };
}

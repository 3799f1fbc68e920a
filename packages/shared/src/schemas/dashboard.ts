import { z } from 'zod';
import { actionItemPriorities, actionItemStatuses, meetingTypes } from '../enums';
import { healthStates } from '../status/health';
import { refSchema } from './common';
import { directiveRefSchema, directiveSpreadSchema } from './directive-spread';

/** How many days ahead "due soon" looks on the home page. */
export const DUE_SOON_DAYS = 7;
/** How many days ahead the home page lists meetings. */
export const UPCOMING_MEETING_DAYS = 14;
/** How many ISO weeks the completion trend covers, this week included. */
export const TREND_WEEKS = 12;

/** An action item as the home page lists it: what, whose, by when, how it stands. */
export const dashboardItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(actionItemStatuses),
  health: z.enum(healthStates).nullable(),
  priority: z.enum(actionItemPriorities),
  progress: z.number().int(),
  dueOn: z.string(),
  ownerOrganization: refSchema,
  ownerPerson: refSchema.nullable(),
  region: z.object({ code: z.string(), name: z.string() }).nullable(),
  /** The directive the item is one office's share of: the item is labelled "Arahan: <title>". */
  directive: directiveRefSchema.nullable().optional(),
});
export type DashboardItem = z.infer<typeof dashboardItemSchema>;

/** How many open directives Beranda shows, soonest deadline first (the list shows the rest). */
export const HOME_DIRECTIVE_LIMIT = 10;

export const waitingReasons = ['verification', 'extension'] as const;
export type WaitingReason = (typeof waitingReasons)[number];

/** An item waiting for a head: evidence to verify, or an extension to decide. */
export const waitingItemSchema = dashboardItemSchema.extend({
  reason: z.enum(waitingReasons),
  /** When it started waiting (evidence submitted, extension asked), ISO instant. */
  since: z.string(),
  /** For an extension: the deadline asked for. */
  requestedDueOn: z.string().nullable(),
});
export type WaitingItem = z.infer<typeof waitingItemSchema>;

export const dashboardMeetingSchema = z.object({
  id: z.string(),
  type: z.enum(meetingTypes),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  timeZone: z.string(),
  place: z.string().nullable(),
  online: z.boolean(),
  host: refSchema,
});
export type DashboardMeeting = z.infer<typeof dashboardMeetingSchema>;

const completionCounts = {
  done: z.number().int(),
  /** Not done yet (open, in progress, awaiting verification, blocked); overdue ones included. */
  open: z.number().int(),
  overdue: z.number().int(),
  /** Not done, deadline from today to DUE_SOON_DAYS ahead (the rest of `open` minus `overdue` is later). */
  dueSoon: z.number().int(),
  /** done / (done + open), rounded down to a whole percent. */
  percent: z.number().int().min(0).max(100),
};

export const regionCompletionSchema = z.object({
  /** The regency/city (or province, for the province's own offices); null: offices without a region. */
  code: z.string().nullable(),
  name: z.string().nullable(),
  ...completionCounts,
});
export type RegionCompletion = z.infer<typeof regionCompletionSchema>;

export const officeCompletionSchema = z.object({
  id: z.string(),
  name: z.string(),
  regionName: z.string().nullable(),
  ...completionCounts,
});
export type OfficeCompletion = z.infer<typeof officeCompletionSchema>;

/** One ISO week (Monday..Sunday, WIB) of the trend, counted as things stood at its end (or today). */
export const trendWeekSchema = z.object({
  /** "2026-W10". */
  week: z.string(),
  weekStart: z.string(),
  /** The day the counts are taken: the week's Sunday, or today for the current week. */
  asOf: z.string(),
  done: z.number().int(),
  open: z.number().int(),
  overdue: z.number().int(),
});
export type TrendWeek = z.infer<typeof trendWeekSchema>;

const listOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    /** How many there are in all; `items` holds at most the first 50. */
    total: z.number().int(),
  });

export const dashboardHomeOutput = z.object({
  /** The WIB date the page was computed for. */
  today: z.string(),
  myItems: listOf(dashboardItemSchema),
  waitingForMe: listOf(waitingItemSchema),
  upcomingMeetings: listOf(dashboardMeetingSchema),
  /**
   * For those who oversee (heads, viewers, the secretariat): open directives with more than one item
   * in their scope, each once with its spread in that scope. A directive of which the reader sees one
   * item is just that item, in their own lists. Absent for everyone else.
   */
  directives: z.array(directiveSpreadSchema).max(HOME_DIRECTIVE_LIMIT).optional(),
  /** For heads and viewers (`completion.read`): completion in their scope; null for everyone else. */
  completion: z
    .object({
      /** The whole scope: the figures at the top of the picture. */
      total: z.object(completionCounts),
      byRegion: z.array(regionCompletionSchema),
      byOffice: z.array(officeCompletionSchema),
      trend: z.array(trendWeekSchema),
    })
    .nullable(),
});
export type DashboardHome = z.infer<typeof dashboardHomeOutput>;

/** Nothing to choose: the page is about the signed-in user. */
export const dashboardHomeInput = z.object({}).default({});

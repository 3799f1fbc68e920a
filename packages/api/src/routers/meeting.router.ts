import {
  meetingAttachmentInput,
  meetingAttendanceInput,
  meetingCreateInput,
  meetingDetailSchema,
  meetingGetInput,
  meetingListInput,
  meetingListOutput,
  meetingMinutesInput,
  meetingStatusInput,
  meetingUpdateInput,
} from '@tindak/shared';
import {
  attachFile,
  createMeeting,
  detachFile,
  getMeeting,
  listMeetings,
  recordAttendance,
  saveMinutes,
  setMeetingStatus,
  updateMeeting,
} from '../services/meeting.service';
import { publicProcedure, router } from '../trpc';

export const meetingRouter = router({
  list: publicProcedure
    .input(meetingListInput)
    .output(meetingListOutput)
    .query(({ ctx, input }) => listMeetings(ctx, input)),
  get: publicProcedure
    .input(meetingGetInput)
    .output(meetingDetailSchema)
    .query(({ ctx, input }) => getMeeting(ctx, input.id)),
  create: publicProcedure
    .input(meetingCreateInput)
    .output(meetingDetailSchema)
    .mutation(({ ctx, input }) => createMeeting(ctx, input)),
  update: publicProcedure
    .input(meetingUpdateInput)
    .output(meetingDetailSchema)
    .mutation(({ ctx, input }) => updateMeeting(ctx, input)),
  setStatus: publicProcedure
    .input(meetingStatusInput)
    .output(meetingDetailSchema)
    .mutation(({ ctx, input }) => setMeetingStatus(ctx, input)),
  saveMinutes: publicProcedure
    .input(meetingMinutesInput)
    .output(meetingDetailSchema)
    .mutation(({ ctx, input }) => saveMinutes(ctx, input)),
  recordAttendance: publicProcedure
    .input(meetingAttendanceInput)
    .output(meetingDetailSchema)
    .mutation(({ ctx, input }) => recordAttendance(ctx, input)),
  attachFile: publicProcedure
    .input(meetingAttachmentInput)
    .output(meetingDetailSchema)
    .mutation(({ ctx, input }) => attachFile(ctx, input)),
  detachFile: publicProcedure
    .input(meetingAttachmentInput)
    .output(meetingDetailSchema)
    .mutation(({ ctx, input }) => detachFile(ctx, input)),
});

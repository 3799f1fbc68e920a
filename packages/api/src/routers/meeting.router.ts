import {
  attendanceApplyInput,
  attendanceApplyOutput,
  attendancePreviewInput,
  attendancePreviewOutput,
  attendanceRowsPreviewInput,
  meetingAttachmentInput,
  meetingAttendanceInput,
  meetingCreateInput,
  meetingDetailSchema,
  meetingGetInput,
  meetingListInput,
  meetingListOutput,
  meetingMinutesInput,
  meetingSimilarInput,
  meetingSimilarOutput,
  meetingStatusInput,
  meetingUpdateInput,
} from '@tindak/shared';
import {
  applyAttendanceImport,
  previewAttendanceImport,
  previewAttendanceRows,
} from '../services/attendance-import/attendance-import.service';
import {
  attachFile,
  createMeeting,
  detachFile,
  findSimilarMeetings,
  getMeeting,
  listMeetings,
  recordAttendance,
  saveMinutes,
  setMeetingStatus,
  updateMeeting,
} from '../services/meeting.service';
import { protectedProcedure, router } from '../trpc';

export const meetingRouter = router({
  list: protectedProcedure
    .input(meetingListInput)
    .output(meetingListOutput)
    .query(({ ctx, input }) => listMeetings(ctx, input)),
  get: protectedProcedure
    .input(meetingGetInput)
    .output(meetingDetailSchema)
    .query(({ ctx, input }) => getMeeting(ctx, input.id)),
  similar: protectedProcedure
    .input(meetingSimilarInput)
    .output(meetingSimilarOutput)
    .query(({ ctx, input }) => findSimilarMeetings(ctx, input)),
  create: protectedProcedure
    .input(meetingCreateInput)
    .output(meetingDetailSchema)
    .mutation(({ ctx, input }) => createMeeting(ctx, input)),
  update: protectedProcedure
    .input(meetingUpdateInput)
    .output(meetingDetailSchema)
    .mutation(({ ctx, input }) => updateMeeting(ctx, input)),
  setStatus: protectedProcedure
    .input(meetingStatusInput)
    .output(meetingDetailSchema)
    .mutation(({ ctx, input }) => setMeetingStatus(ctx, input)),
  saveMinutes: protectedProcedure
    .input(meetingMinutesInput)
    .output(meetingDetailSchema)
    .mutation(({ ctx, input }) => saveMinutes(ctx, input)),
  recordAttendance: protectedProcedure
    .input(meetingAttendanceInput)
    .output(meetingDetailSchema)
    .mutation(({ ctx, input }) => recordAttendance(ctx, input)),
  attachFile: protectedProcedure
    .input(meetingAttachmentInput)
    .output(meetingDetailSchema)
    .mutation(({ ctx, input }) => attachFile(ctx, input)),
  detachFile: protectedProcedure
    .input(meetingAttachmentInput)
    .output(meetingDetailSchema)
    .mutation(({ ctx, input }) => detachFile(ctx, input)),
  previewAttendanceImport: protectedProcedure
    .input(attendancePreviewInput)
    .output(attendancePreviewOutput)
    .mutation(({ ctx, input }) => previewAttendanceImport(ctx, input)),
  applyAttendanceImport: protectedProcedure
    .input(attendanceApplyInput)
    .output(attendanceApplyOutput)
    .mutation(({ ctx, input }) => applyAttendanceImport(ctx, input)),
  previewAttendanceRows: protectedProcedure
    .input(attendanceRowsPreviewInput)
    .output(attendancePreviewOutput)
    .mutation(({ ctx, input }) => previewAttendanceRows(ctx, input)),
});

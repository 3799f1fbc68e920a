import {
  meetingCreateInput,
  meetingDetailSchema,
  meetingGetInput,
  meetingListInput,
  meetingListOutput,
  meetingUpdateInput,
} from '@tindak/shared';
import { createMeeting, getMeeting, listMeetings, updateMeeting } from '../services/meeting.service';
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
});

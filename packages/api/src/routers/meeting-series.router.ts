import {
  carryOverCandidatesInput,
  carryOverCandidatesOutput,
  meetingSeriesGetInput,
  meetingSeriesOutput,
  setCarryOverInput,
} from '@tindak/shared';
import { getMeetingSeries, listCarryOverCandidates, setCarryOver } from '../services/meeting-series.service';
import { protectedProcedure, router } from '../trpc';

export const meetingSeriesRouter = router({
  get: protectedProcedure
    .input(meetingSeriesGetInput)
    .output(meetingSeriesOutput)
    .query(({ ctx, input }) => getMeetingSeries(ctx, input.meetingId)),
  carryOverCandidates: protectedProcedure
    .input(carryOverCandidatesInput)
    .output(carryOverCandidatesOutput)
    .query(({ ctx, input }) => listCarryOverCandidates(ctx, input)),
  setCarryOver: protectedProcedure
    .input(setCarryOverInput)
    .output(meetingSeriesOutput)
    .mutation(({ ctx, input }) => setCarryOver(ctx, input)),
});

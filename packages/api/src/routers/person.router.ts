import { personCreateInput, personSchema, personSearchInput, personSearchOutput } from '@tindak/shared';
import { createPerson, searchPeople } from '../services/person.service';
import { protectedProcedure, router } from '../trpc';

export const personRouter = router({
  search: protectedProcedure
    .input(personSearchInput)
    .output(personSearchOutput)
    .query(({ ctx, input }) => searchPeople(ctx, input)),
  create: protectedProcedure
    .input(personCreateInput)
    .output(personSchema)
    .mutation(({ ctx, input }) => createPerson(ctx, input)),
});

import { personCreateInput, personSchema, personSearchInput, personSearchOutput } from '@tindak/shared';
import { createPerson, searchPeople } from '../services/person.service';
import { publicProcedure, router } from '../trpc';

export const personRouter = router({
  search: publicProcedure
    .input(personSearchInput)
    .output(personSearchOutput)
    .query(({ ctx, input }) => searchPeople(ctx, input)),
  create: publicProcedure
    .input(personCreateInput)
    .output(personSchema)
    .mutation(({ ctx, input }) => createPerson(ctx, input)),
});

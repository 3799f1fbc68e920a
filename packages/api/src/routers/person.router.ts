import {
  directoryPersonSchema,
  peopleDirectoryInput,
  peopleDirectoryOutput,
  personCreateInput,
  personGetInput,
  personGetOutput,
  personMergeInput,
  personMergeOutput,
  personSchema,
  personSearchInput,
  personSearchOutput,
  personUpdateInput,
} from '@tindak/shared';
import { getPerson, listPeople, updatePersonEntry } from '../services/people-directory.service';
import { createPerson, searchPeople } from '../services/person.service';
import { mergePeople } from '../services/person-merge.service';
import { protectedProcedure, router } from '../trpc';

export const personRouter = router({
  /** For pickers: people by name, position or whole NIP. */
  search: protectedProcedure
    .input(personSearchInput)
    .output(personSearchOutput)
    .query(({ ctx, input }) => searchPeople(ctx, input)),
  /** The people directory page (`/orang`), in pages, with merged duplicates on request. */
  directory: protectedProcedure
    .input(peopleDirectoryInput)
    .output(peopleDirectoryOutput)
    .query(({ ctx, input }) => listPeople(ctx, input)),
  /** One person with the meetings and items the caller reads. */
  get: protectedProcedure
    .input(personGetInput)
    .output(personGetOutput)
    .query(({ ctx, input }) => getPerson(ctx, input)),
  create: protectedProcedure
    .input(personCreateInput)
    .output(personSchema)
    .mutation(({ ctx, input }) => createPerson(ctx, input)),
  update: protectedProcedure
    .input(personUpdateInput)
    .output(directoryPersonSchema)
    .mutation(({ ctx, input }) => updatePersonEntry(ctx, input)),
  merge: protectedProcedure
    .input(personMergeInput)
    .output(personMergeOutput)
    .mutation(({ ctx, input }) => mergePeople(ctx, input)),
});

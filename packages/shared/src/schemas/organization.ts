import { z } from 'zod';
import { organizationKinds } from '../enums';
import {
  enumOf,
  idempotencyKeySchema,
  optionalText,
  regionCodeSchema,
  requiredText,
  textInput,
} from './common';

export const organizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(organizationKinds),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
});
export type Organization = z.infer<typeof organizationSchema>;

export const organizationListInput = z
  .object({
    regionCode: regionCodeSchema.optional(),
    kind: enumOf(organizationKinds).optional(),
    search: textInput().trim().max(100).optional(),
  })
  .optional();
export const organizationListOutput = z.array(organizationSchema);

export const organizationCreateInput = z.object({
  name: requiredText(200),
  shortName: optionalText(60),
  kind: enumOf(organizationKinds),
  regionCode: regionCodeSchema.nullish().transform((v) => v ?? null),
  idempotencyKey: idempotencyKeySchema,
});
export type OrganizationCreateInput = z.input<typeof organizationCreateInput>;

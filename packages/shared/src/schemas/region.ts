import { z } from 'zod';
import { regionKinds } from '../enums';

export const regionSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(regionKinds),
  parentCode: z.string().nullable(),
});
export type Region = z.infer<typeof regionSchema>;

export const regionListOutput = z.array(regionSchema);

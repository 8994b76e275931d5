import { z } from "@/lib/zod-jitless";

/** public/catalogue/index.json: the banks shipped with the site, made by scripts/catalogue.mjs. */
export const catalogueEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: z.string().min(1),
  description: z.string(),
  language: z.string(),
  questions: z.number().int().nonnegative(),
  licence: z.string().min(1),
  author: z.string().min(1),
  sourceUrl: z.string().url(),
  files: z.array(z.string().min(1)).min(1), // paths under public/catalogue/<id>/, bank files only
});
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

export const catalogueSchema = z.object({ banks: z.array(catalogueEntrySchema) });

export const CATALOGUE_INDEX = "/catalogue/index.json";
export const catalogueFileUrl = (id: string, path: string) => `/catalogue/${id}/${path.split("/").map(encodeURIComponent).join("/")}`;

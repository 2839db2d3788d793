import { z } from "zod";

/** Every field's messages of a failed parse, keyed by field ("_form" for the form as a whole), for forms to show. */
export function toFieldErrors(error: z.ZodError): Record<string, string[]> {
  const flat = z.flattenError(error);
  const fieldErrors: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(flat.fieldErrors as Record<string, string[] | undefined>)) {
    if (messages?.length) fieldErrors[key] = messages;
  }
  if (flat.formErrors.length) fieldErrors._form = flat.formErrors;
  return fieldErrors;
}

import { z } from "zod";
import { translateIssue, type ServerTextCatalogue } from "../i18n/server-text";

/**
 * Every field's messages of a failed parse, keyed by field ("_form" for the form as a whole), for forms to show;
 * in the catalogue's language when one is given (English without).
 */
export function toFieldErrors(error: z.ZodError, catalogue?: ServerTextCatalogue): Record<string, string[]> {
  const flat = z.flattenError(error, (issue) => translateIssue(catalogue, issue));
  const fieldErrors: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(flat.fieldErrors as Record<string, string[] | undefined>)) {
    if (messages?.length) fieldErrors[key] = messages;
  }
  if (flat.formErrors.length) fieldErrors._form = flat.formErrors;
  return fieldErrors;
}

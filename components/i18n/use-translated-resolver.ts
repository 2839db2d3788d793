"use client";

import { toNestErrors } from "@hookform/resolvers";
import { useMemo } from "react";
import type { FieldError, FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";
import { useServerText } from "./server-text-provider";

/**
 * zodResolver for a form whose messages show in the page's language: each issue is said with its template and
 * values (a word count, a limit), which zodResolver's errors no longer carry. The first issue of a field wins.
 */
export function useTranslatedResolver<Input extends FieldValues, Output>(schema: z.ZodType<Output, Input>): Resolver<Input, unknown, Output> {
  const { sayIssue } = useServerText();
  return useMemo<Resolver<Input, unknown, Output>>(
    () => async (values, _context, options) => {
      const parsed = await schema.safeParseAsync(values);
      if (parsed.success) return { values: parsed.data, errors: {} };
      const errors: Record<string, FieldError> = {};
      for (const issue of parsed.error.issues) errors[issue.path.join(".")] ??= { type: issue.code, message: sayIssue(issue) };
      return { values: {}, errors: toNestErrors(errors, options) };
    },
    [schema, sayIssue],
  );
}

import { z } from "zod";
import { checkTemplate, MAIL_TEMPLATE_KINDS } from "../mail/templates";
import { LOCALES } from "../i18n/locales";
import { issueText, msg } from "../i18n/server-text";
import { multiLineText, singleLineText } from "./text";

export const TEMPLATE_SUBJECT_MAX_LENGTH = 200;
export const TEMPLATE_BODY_MAX_LENGTH = 10_000;

const templateKey = {
  editionId: z.coerce.number().int().positive(),
  kind: z.enum(MAIL_TEMPLATE_KINDS),
  // The recipients' language whose version this is; each language has its own text and version.
  locale: z.enum(LOCALES).default("en"),
  // 0 while the edition uses the built-in default; the row's version once it has its own text.
  version: z.coerce.number().int().min(0),
};

/** An edition's own text for one kind of message; every placeholder must be one the kind knows, and the required ones stay. */
export const mailTemplateSchema = z
  .object({
    ...templateKey,
    subject: singleLineText({ required: msg("Write the subject."), max: TEMPLATE_SUBJECT_MAX_LENGTH, tooLong: msg("Keep the subject under 200 characters.") }),
    body: multiLineText({ required: msg("Write the message."), max: TEMPLATE_BODY_MAX_LENGTH, tooLong: msg("Keep the message under 10,000 characters.") }),
  })
  .superRefine((value, context) => {
    const problems = checkTemplate(value.kind, value);
    for (const field of ["subject", "body"] as const) {
      for (const problem of problems[field]) context.addIssue({ code: "custom", path: [field], ...issueText(problem) });
    }
  });

export type MailTemplateInput = z.input<typeof mailTemplateSchema>;
export type MailTemplateValues = z.output<typeof mailTemplateSchema>;

/** Going back to the built-in text of a kind in one language. */
export const resetMailTemplateSchema = z.object(templateKey);
export type ResetMailTemplateInput = z.input<typeof resetMailTemplateSchema>;

"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm, useWatch, type FieldError } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { useServerText } from "@/components/i18n/server-text-provider";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import type { Locale } from "@/lib/i18n/locales";
import { formatText } from "@/lib/i18n/server-text";
import { checkTemplate, renderTemplatePreview, type MailTemplateKind } from "@/lib/mail/templates";
import {
  mailTemplateSchema,
  type MailTemplateInput,
  type MailTemplateValues,
  type ResetMailTemplateInput,
} from "@/lib/validation/mail-template";
import { PlaceholderList, type PlaceholderRow } from "./placeholder-list";

type Saved = { kind: string; locale: Locale; version: number };

/** Every message of a field, not only the first: a template can hold an unknown placeholder and lack a required one. */
function listMessages(error: FieldError | undefined): string[] | undefined {
  if (!error) return undefined;
  const fromTypes = Object.values(error.types ?? {}).flatMap((value) => (Array.isArray(value) ? value : typeof value === "string" ? [value] : []));
  const messages = fromTypes.length > 0 ? fromTypes : error.message ? [error.message] : [];
  return messages.length > 0 ? [...new Set(messages)] : undefined;
}

export interface TemplateEditorProps {
  editionId: number;
  kind: MailTemplateKind;
  /** The language of this version of the text. */
  locale: Locale;
  version: number;
  isCustomised: boolean;
  subject: string;
  body: string;
  /** The language's built-in text, which a reset brings back. */
  defaults: { subject: string; body: string };
  placeholders: PlaceholderRow[];
  save: (input: MailTemplateInput) => Promise<ActionResult<Saved>>;
  reset: (input: ResetMailTemplateInput) => Promise<ActionResult<Saved & { wasCustomised: boolean }>>;
}

/** Subject and body of one message in one language with the placeholders it knows and a live preview; placeholders are checked on save. */
export function TemplateEditor({ editionId, kind, locale, version, isCustomised, subject, body, defaults, placeholders, save, reset }: TemplateEditorProps) {
  const t = useTranslations("mailTemplates");
  const { say } = useServerText();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [result, setResult] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [isConfirmingReset, setIsConfirmingReset] = useState(false);
  // The text in use now: a save or a reset moves it on without reloading the form.
  const [current, setCurrent] = useState({ version, isCustomised });
  const form = useForm<MailTemplateInput, unknown, MailTemplateValues>({
    resolver: zodResolver(mailTemplateSchema),
    criteriaMode: "all",
    defaultValues: { editionId, kind, locale, version, subject, body },
  });
  const [watchedSubject, watchedBody] = useWatch({ control: form.control, name: ["subject", "body"] });
  const watched = { subject: watchedSubject ?? "", body: watchedBody ?? "" };
  const preview = renderTemplatePreview(kind, watched, locale);
  // A placeholder problem found in the browser reaches the form as English; its template is found again to translate it.
  const problems = checkTemplate(kind, watched);
  const translate = (field: "subject" | "body") => (message: string) =>
    say(problems[field].find((problem) => formatText(problem.template, problem.values) === message) ?? message);
  const errors = form.formState.errors;
  const subjectErrors = listMessages(errors.subject)?.map(translate("subject"));
  const bodyErrors = listMessages(errors.body)?.map(translate("body"));

  function onSubmit(values: MailTemplateValues) {
    setResult(null);
    startTransition(async () => {
      const outcome = await save({ ...values, version: current.version });
      if (outcome.ok) {
        setCurrent({ version: outcome.data.version, isCustomised: true });
        form.reset({ ...values, version: outcome.data.version });
        setResult({ tone: "success", text: t("saved") });
        router.refresh();
        return;
      }
      for (const field of ["subject", "body"] as const) {
        const messages = outcome.fieldErrors?.[field];
        if (messages?.length) form.setError(field, { type: "server", message: messages[0], types: { server: messages } });
      }
      setResult({ tone: "error", text: outcome.message });
    });
  }

  function onReset() {
    setResult(null);
    startTransition(async () => {
      const outcome = await reset({ editionId, kind, locale, version: current.version });
      setIsConfirmingReset(false);
      if (!outcome.ok) {
        setResult({ tone: "error", text: outcome.message });
        return;
      }
      setCurrent({ version: 0, isCustomised: false });
      form.reset({ editionId, kind, locale, version: 0, ...defaults });
      setResult({ tone: "success", text: t("wasReset") });
      router.refresh();
    });
  }

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div className="space-y-4">
        <form onSubmit={form.handleSubmit(onSubmit)} className="space-y-4" noValidate>
          <Field id="template-subject" label={t("subject")} errors={subjectErrors && [subjectErrors.join(" ")]}>
            <input
              id="template-subject"
              type="text"
              className={INPUT_CLASS}
              aria-invalid={subjectErrors ? true : undefined}
              aria-describedby={subjectErrors ? "template-subject-error" : undefined}
              {...form.register("subject")}
            />
          </Field>
          <Field id="template-body" label={t("body")} hint={t("bodyHint")} errors={bodyErrors && [bodyErrors.join(" ")]}>
            <textarea
              id="template-body"
              rows={16}
              className={`${INPUT_CLASS} font-mono text-sm`}
              aria-invalid={bodyErrors ? true : undefined}
              aria-describedby={bodyErrors ? "template-body-error" : "template-body-hint"}
              {...form.register("body")}
            />
          </Field>
          {result && <Notice tone={result.tone}>{result.text}</Notice>}
          <Button type="submit" disabled={isPending}>
            {isPending ? t("saving") : t("save")}
          </Button>
        </form>
        {current.isCustomised && (
          <div className="space-y-2 border-t border-slate-200 pt-4">
            {isConfirmingReset ? (
              <div role="group" aria-label={t("confirmReset")} className="space-y-2">
                <p className="text-sm text-slate-800">{t("resetQuestion")}</p>
                <div className="flex gap-2">
                  <Button type="button" variant="danger" disabled={isPending} onClick={onReset}>
                    {t("resetConfirm")}
                  </Button>
                  <Button type="button" variant="secondary" disabled={isPending} onClick={() => setIsConfirmingReset(false)}>
                    {t("keepText")}
                  </Button>
                </div>
              </div>
            ) : (
              <Button type="button" variant="secondary" onClick={() => setIsConfirmingReset(true)}>
                {t("resetAsk")}
              </Button>
            )}
          </div>
        )}
      </div>
      <div className="space-y-4">
        <Card>
          <h3 className="mb-1 text-lg font-semibold">{t("preview")}</h3>
          <p className="mb-3 text-xs text-slate-600">{t("previewHint")}</p>
          <section aria-label={t("previewLabel")} lang={locale} className="space-y-2">
            <p className="text-sm">
              <span className="font-semibold">{t("previewSubject")} </span>
              <span data-testid="preview-subject">{preview.subject}</span>
            </p>
            <pre data-testid="preview-body" className="whitespace-pre-wrap break-words rounded-md bg-slate-50 p-3 font-sans text-sm text-slate-900">
              {preview.body}
            </pre>
          </section>
        </Card>
        <PlaceholderList placeholders={placeholders} />
      </div>
    </div>
  );
}

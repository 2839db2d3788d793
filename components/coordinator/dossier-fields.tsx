import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { WordCounter } from "./word-counter";

export interface DossierFieldErrors {
  title?: string;
  organisation?: string;
  description?: string;
}

function describedBy(id: string, error: string | undefined, extra?: string): string | undefined {
  return [extra, error ? `${id}-error` : undefined].filter(Boolean).join(" ") || undefined;
}

/** The dossier's text fields with their errors and a live word counter; shared by the new and edit forms. */
export function DossierFields({
  fields,
  errors,
  descriptionText,
  descriptionWordLimit,
}: {
  fields: Record<keyof DossierFieldErrors, UseFormRegisterReturn>;
  errors: DossierFieldErrors;
  descriptionText: string;
  descriptionWordLimit: number;
}) {
  const t = useTranslations("dossierForm");
  return (
    <>
      <Field id="title" label={t("fields.title")} errors={errors.title ? [errors.title] : undefined}>
        <input
          id="title"
          type="text"
          autoComplete="off"
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describedBy("title", errors.title)}
          className={INPUT_CLASS}
          {...fields.title}
        />
      </Field>
      <Field
        id="organisation"
        label={t("fields.organisation")}
        hint={t("newNomination.organisationHint")}
        errors={errors.organisation ? [errors.organisation] : undefined}
      >
        <input
          id="organisation"
          type="text"
          autoComplete="organization"
          aria-invalid={errors.organisation ? true : undefined}
          aria-describedby={describedBy("organisation", errors.organisation, "organisation-hint")}
          className={INPUT_CLASS}
          {...fields.organisation}
        />
      </Field>
      <Field
        id="description"
        label={t("fields.description")}
        hint={t("newNomination.descriptionHint", { limit: descriptionWordLimit })}
        errors={errors.description ? [errors.description] : undefined}
      >
        <textarea
          id="description"
          rows={12}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={describedBy("description", errors.description, "description-hint description-count")}
          className={INPUT_CLASS}
          {...fields.description}
        />
        <WordCounter id="description-count" text={descriptionText} limit={descriptionWordLimit} subject={t("descriptionSubject")} />
      </Field>
    </>
  );
}

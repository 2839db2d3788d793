"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { assessCompleteness, type SectionId, type SectionProgress, type WordLimits } from "@/lib/domain/dossier-completeness";
import type { NominationContentValues } from "@/lib/validation/nomination";
import type { DossierFormApi } from "./use-autosave";

/** The dossier's progress as the user types, computed by the pure domain rule. */
function useCompleteness(form: DossierFormApi, limits: WordLimits) {
  const values = useWatch({ control: form.control }) as Partial<NominationContentValues>;
  const text = (value: string | undefined) => value ?? "";
  return assessCompleteness(
    {
      title: text(values.title),
      organisation: text(values.organisation),
      contactName: text(values.contactName),
      contactEmail: text(values.contactEmail),
      contactPhone: text(values.contactPhone),
      startDate: text(values.startDate),
      isOngoing: values.isOngoing ?? true,
      endDate: text(values.endDate),
      description: text(values.description),
      answerPrevention: text(values.answerPrevention),
      answerEvaluation: text(values.answerEvaluation),
      answerInnovation: text(values.answerInnovation),
      answerPartners: text(values.answerPartners),
      answerReplication: text(values.answerReplication),
    },
    limits,
  );
}

type Translate = ReturnType<typeof useTranslations<"dossierForm">>;

function describeSection(section: SectionProgress, t: Translate): string {
  if (section.isComplete) return t("completeness.sectionComplete");
  const name = (fields: readonly (keyof NominationContentValues)[]) => fields.map((f) => t(`fields.${f}`)).join(", ");
  const parts = [];
  if (section.missing.length) parts.push(t("completeness.missing", { fields: name(section.missing) }));
  if (section.overLimit.length) parts.push(t("completeness.overLimit", { fields: name(section.overLimit) }));
  return t("completeness.sectionProgress", { done: section.done, total: section.total, problems: parts.join("; ") });
}

function Badge({ isComplete, children }: { isComplete: boolean; children: React.ReactNode }) {
  const tone = isComplete ? "bg-green-50 text-green-900" : "bg-amber-50 text-amber-900";
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${tone}`}>{children}</span>;
}

/** Where the dossier stands, section by section, with links to each; in words, not only in colour. */
export function CompletenessSummary({ form, limits }: { form: DossierFormApi; limits: WordLimits }) {
  const t = useTranslations("dossierForm");
  const completeness = useCompleteness(form, limits);
  return (
    <nav aria-label={t("completeness.label")} className="rounded-md border border-slate-200 bg-slate-50 p-4 text-sm">
      <p className="font-semibold text-slate-900">
        {completeness.isComplete
          ? t("completeness.allComplete")
          : t("completeness.partsReady", { done: completeness.done, total: completeness.total })}
      </p>
      <ul className="mt-2 space-y-1">
        {completeness.sections.map((section) => (
          <li key={section.id}>
            <a href={`#section-${section.id}`} className="font-medium text-brand-700 hover:underline">
              {t(`sections.${section.id}`)}
            </a>
            : {describeSection(section, t)}
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A form section with its heading and its own progress badge. */
export function DossierSection({
  form,
  limits,
  id,
  title,
  children,
}: {
  form: DossierFormApi;
  limits: WordLimits;
  id: SectionId;
  title: string;
  children: React.ReactNode;
}) {
  const t = useTranslations("dossierForm.completeness");
  const section = useCompleteness(form, limits).sections.find((s) => s.id === id)!;
  return (
    <section id={`section-${id}`} className="scroll-mt-4 space-y-4 border-t border-slate-200 pt-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={`section-${id}-heading`} className="text-lg font-bold text-slate-900">
          {title}
        </h2>
        <Badge isComplete={section.isComplete}>{section.isComplete ? t("badgeComplete") : t("badgeProgress", { done: section.done, total: section.total })}</Badge>
      </div>
      {children}
    </section>
  );
}

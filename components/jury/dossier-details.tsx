import { formatDateRange } from "@/lib/format/date-range";
import type { JurorDossier } from "@/lib/data/jury-dossiers";

// The entry form's questions, one per criterion of the award, in the order the form asks them.
const ANSWERS = [
  { key: "answerPrevention", title: "Prevention or reduction of crime and the fear of crime" },
  { key: "answerEvaluation", title: "Objectives and evaluation" },
  { key: "answerInnovation", title: "Innovation" },
  { key: "answerPartners", title: "Partners and their roles" },
  { key: "answerReplication", title: "Replication in other countries, costs and funding" },
] as const;

function describePeriod(dossier: JurorDossier): string | null {
  if (!dossier.startDate) return null;
  if (dossier.isOngoing || !dossier.endDate) return `Since ${formatDateRange(dossier.startDate)}, still running`;
  return formatDateRange(dossier.startDate, dossier.endDate);
}

function isWebLink(link: string): boolean {
  return /^https?:\/\//i.test(link);
}

/** The dossier as the jury judges it: the entry form's text, without the contact person's details. */
export function DossierDetails({ dossier }: { dossier: JurorDossier }) {
  const period = describePeriod(dossier);
  const answers = ANSWERS.filter((answer) => dossier[answer.key].trim() !== "");
  const links = dossier.links.filter(isWebLink);
  return (
    <div className="space-y-5">
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold text-slate-700">Country</dt>
        <dd>{dossier.countryName}</dd>
        <dt className="font-semibold text-slate-700">Responsible organisation</dt>
        <dd>{dossier.organisation || "Not given"}</dd>
        {period && (
          <>
            <dt className="font-semibold text-slate-700">Project period</dt>
            <dd>{period}</dd>
          </>
        )}
        {links.length > 0 && (
          <>
            <dt className="font-semibold text-slate-700">Links</dt>
            <dd>
              <ul className="space-y-1">
                {links.map((link) => (
                  <li key={link}>
                    <a href={link} rel="noopener noreferrer nofollow" target="_blank" className="break-all text-brand-700 hover:underline">
                      {link}
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <section aria-labelledby="dossier-description">
        <h3 id="dossier-description" className="font-semibold text-slate-900">
          Description
        </h3>
        <p className="mt-1 whitespace-pre-line text-slate-800">{dossier.description || "No description given."}</p>
      </section>
      {answers.map((answer) => (
        <section key={answer.key} aria-labelledby={`dossier-${answer.key}`}>
          <h3 id={`dossier-${answer.key}`} className="font-semibold text-slate-900">
            {answer.title}
          </h3>
          <p className="mt-1 whitespace-pre-line text-slate-800">{dossier[answer.key]}</p>
        </section>
      ))}
    </div>
  );
}

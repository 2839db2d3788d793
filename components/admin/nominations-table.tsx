import type { AdminNomination } from "@/lib/data/admin-editions";
import { ELIGIBILITY_REASON_LABELS } from "@/lib/validation/eligibility";
import { EligibilityDecision, type DecideEligibilityAction } from "./eligibility-decision";
import { formatDateTime } from "./format";
import { KIND_LABELS, STATE_LABELS } from "./state-labels";

const STATE_TONES: Record<AdminNomination["state"], string> = {
  draft: "bg-slate-100 text-slate-800",
  submitted: "bg-brand-100 text-brand-900",
  accepted: "bg-green-100 text-green-900",
  rejected: "bg-red-100 text-red-900",
  awarded: "bg-amber-100 text-amber-900",
  participant: "bg-slate-100 text-slate-800",
};

function isDecidable(nomination: AdminNomination): nomination is AdminNomination & { state: "submitted" | "accepted" | "rejected" } {
  return nomination.kind === "competing" && ["submitted", "accepted", "rejected"].includes(nomination.state);
}

/**
 * Every nomination of an edition. While `decide` is given (the eligibility phase), competing dossiers get
 * Accept and Reject buttons.
 */
export function NominationsTable({
  nominations,
  decide,
}: {
  nominations: readonly AdminNomination[];
  decide?: DecideEligibilityAction;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Nominations of this edition</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-3">Country</th>
            <th scope="col" className="px-4 py-3">Title</th>
            <th scope="col" className="px-4 py-3">Kind</th>
            <th scope="col" className="px-4 py-3">State</th>
            <th scope="col" className="px-4 py-3">Submitted</th>
            {decide && <th scope="col" className="px-4 py-3">Eligibility</th>}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {nominations.map((nomination) => (
            <tr key={nomination.id} className="align-top">
              <td className="px-4 py-3">
                {nomination.countryName} <span className="text-slate-500">({nomination.countryCode})</span>
              </td>
              <th scope="row" className="px-4 py-3 font-medium">
                {nomination.title}
              </th>
              <td className="px-4 py-3">{KIND_LABELS[nomination.kind]}</td>
              <td className="px-4 py-3">
                <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${STATE_TONES[nomination.state]}`}>
                  {STATE_LABELS[nomination.state].toLowerCase()}
                </span>
                {nomination.state === "rejected" && nomination.eligibilityReason && (
                  <span className="mt-1 block text-xs text-slate-600">
                    {ELIGIBILITY_REASON_LABELS[nomination.eligibilityReason]}
                    {nomination.eligibilityNote ? `: ${nomination.eligibilityNote}` : ""}
                  </span>
                )}
              </td>
              <td className="whitespace-nowrap px-4 py-3">{formatDateTime(nomination.submittedAt)}</td>
              {decide && (
                <td className="px-4 py-3">
                  {isDecidable(nomination) ? (
                    <EligibilityDecision
                      key={`${nomination.id}-${nomination.version}`}
                      nominationId={nomination.id}
                      title={nomination.title}
                      state={nomination.state}
                      version={nomination.version}
                      action={decide}
                    />
                  ) : (
                    <span className="text-slate-500">
                      {nomination.kind === "additional" ? "Not ranked (good practice)" : "Not submitted"}
                    </span>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

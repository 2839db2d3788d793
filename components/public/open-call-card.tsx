import Link from "next/link";
import type { OpenCall } from "@/lib/results/public-queries";
import { formatEditionMoment } from "@/lib/format/edition-time";
import { CountryLabel } from "./country-label";

/** The current call for nominations: edition, theme, presidency and deadline. */
export function OpenCallCard({ call }: { call: OpenCall }) {
  return (
    <section aria-labelledby="open-call-heading" className="rounded-lg border border-brand-100 bg-brand-50 p-5 shadow-sm">
      <h2 id="open-call-heading" className="text-xl font-bold text-brand-900">Call for nominations {call.year}</h2>
      <p className="mt-2 text-slate-800">
        Theme: <strong>{call.theme}</strong>
      </p>
      <p className="mt-1 text-slate-700">
        Presidency: <CountryLabel code={call.presidency.code} name={call.presidency.name} />
      </p>
      <p className="mt-1 text-slate-700">
        Submission deadline:{" "}
        <time dateTime={call.submissionDeadline.toISOString()} className="font-semibold">
          {formatEditionMoment(call.submissionDeadline, call.timeZone)}
        </time>
        {call.isDeadlinePassed && " (passed)"}
      </p>
      <p className="mt-3 text-sm text-slate-700">
        {call.isDeadlinePassed
          ? "The deadline has passed; the secretariat is now reviewing the nominations."
          : "Each member state nominates one project through its national coordinator."}{" "}
        <Link href="/coordinator" className="font-medium text-brand-700 underline">
          National coordinators: go to your nominations
        </Link>
      </p>
    </section>
  );
}

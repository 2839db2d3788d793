import type { Metadata } from "next";
import Link from "next/link";
import { NoticeSection } from "@/components/public/notice-section";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = {
  title: "Privacy notice",
  description: "What personal data the European Crime Prevention Award collects, why, who sees it, how long it is kept, and how to have it erased.",
  alternates: { canonical: "/privacy" },
};

/** The privacy notice of the award's application, public. The controller is a placeholder the network fills in. */
export default function PrivacyPage() {
  return (
    <article className="max-w-3xl space-y-8">
      <PageHeader title="Privacy notice" description="How the European Crime Prevention Award handles your personal data." />
      <NoticeSection id="controller" title="Who is responsible">
        <p>
          The controller is the secretariat of the European Crime Prevention Network (EUCPN), which runs the European Crime Prevention
          Award (ECPA) with this application. <em>[Placeholder: the secretariat&apos;s legal name and postal address.]</em>
        </p>
      </NoticeSection>
      <NoticeSection id="collected" title="What we collect">
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <strong>Accounts</strong> of the secretariat, national coordinators and jurors: name, email address, the country and edition of
            each role, and a one-way hash of the password (never the password itself).
          </li>
          <li>
            <strong>Dossiers</strong>: the project&apos;s contact person (name, email, phone), the responsible organisation and what the
            dossier says about the project.
          </li>
          <li>
            <strong>Jury work</strong>: each juror&apos;s scores and comments, conflicts of interest and their reasons.
          </li>
          <li>
            <strong>Security records</strong>: each sign-in, successful or not, with the network address it came from; for a failed sign-in
            with an unknown email we keep only a one-way digest of what was typed, never the address in clear, and never a password.
          </li>
          <li>
            <strong>The audit trail</strong>: who changed what and when (for example a score changed from 7 to 9), so the award&apos;s
            decisions can be checked.
          </li>
          <li>
            <strong>Messages</strong> the application sends (invitations, receipts, decisions), kept in an outbox.
          </li>
        </ul>
      </NoticeSection>
      <NoticeSection id="why" title="Why">
        <p>
          To run the award: receive and assess nominations, let the jury score them independently, compute and seal the result, and
          publish it. The security records and the audit trail protect the accounts and show that the result was reached fairly. The
          legal basis is the network&apos;s task of running the award (public interest) and, for the security records, its legitimate
          interest in keeping the application safe.
        </p>
      </NoticeSection>
      <NoticeSection id="who" title="Who sees it">
        <ul className="list-disc space-y-1 pl-5">
          <li>The secretariat sees accounts, dossiers, scores, messages and the audit trail.</li>
          <li>A coordinator sees their own country&apos;s dossiers, never scores.</li>
          <li>A juror sees the dossiers assigned to them and their own scores; other jurors&apos; scores only as the edition allows, after the jury closes.</li>
          <li>
            The public sees only what is published: the theme, the competing entries (country, title, summary), the winners with their
            prizes and the jury&apos;s reasons. Individual jurors&apos; scores and contact details are never published.
          </li>
        </ul>
      </NoticeSection>
      <NoticeSection id="retention" title="How long">
        <p>
          The contact details of a dossier&apos;s contact person, and the accounts of its edition&apos;s coordinators who hold no other
          role, are erased automatically a set number of months after the edition&apos;s results are published (24 months unless the
          secretariat set another period for that edition). Published results, and the anonymised scores they were computed from, are
          kept as the award&apos;s permanent record; the sealed result refers to jurors by number only.
        </p>
      </NoticeSection>
      <NoticeSection id="erasure" title="Your rights, and erasure on request">
        <p>
          You may ask to see, correct or erase your personal data. On erasure your name, email, password and contact details are
          removed and your account is closed; messages addressed to you lose their text. What you did stays in the record under an
          anonymous name (&ldquo;Erased person #123&rdquo;): a juror&apos;s scores remain part of the sealed result, which still verifies.
        </p>
      </NoticeSection>
      <NoticeSection id="contact" title="Contact">
        <p>
          Write to the secretariat of the network: <em>[placeholder: the secretariat&apos;s privacy contact address]</em>. You may also
          complain to your data protection authority.
        </p>
      </NoticeSection>
      <p className="text-sm text-slate-600">
        <Link href="/" className="font-medium text-brand-700 hover:underline">
          Back to the award
        </Link>
      </p>
    </article>
  );
}

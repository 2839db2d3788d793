import type { Metadata } from "next";
import Link from "next/link";
import { NoticeSection } from "@/components/public/notice-section";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = {
  title: "Accessibility statement",
  description: "How accessible the European Crime Prevention Award's application is, how it was tested, what is known not to work yet, and how to report a problem.",
  alternates: { canonical: "/accessibility" },
};

/** The day this statement was last reviewed; change it with the statement. */
const STATEMENT_DATE = "2026-12-02";
const STATEMENT_DAY = "2 December 2026";

/** The accessibility statement of the award's application, public, in the shape of the EU model statement. */
export default function AccessibilityPage() {
  return (
    <article className="max-w-3xl space-y-8">
      <PageHeader
        title="Accessibility statement"
        description="The European Crime Prevention Award's application is meant for everyone who runs, enters, judges or follows the award."
      />
      <NoticeSection id="standard" title="The standard we aim for">
        <p>
          This application aims to meet the{" "}
          <a href="https://www.w3.org/TR/WCAG22/" className="font-medium text-brand-700 underline hover:no-underline">
            Web Content Accessibility Guidelines (WCAG) 2.2
          </a>{" "}
          at level AA, the level the European standard EN 301 549 asks of public-sector websites.
        </p>
        <p>
          <strong>Status: partially conformant.</strong> Most of the application meets WCAG 2.2 AA; the exceptions we know of are
          listed under &ldquo;Known limitations&rdquo;.
        </p>
        <p>It covers the public pages (results, archive, the ceremony screen) and the signed-in areas of the secretariat, the national coordinators and the jury.</p>
      </NoticeSection>
      <NoticeSection id="tested" title="What we tested, and how">
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <strong>Automated checks in the end-to-end tests.</strong> The tests walk each flow in a real browser — signing in, filling in
            and submitting a dossier, scoring, deliberating, publishing, the ceremony — and run{" "}
            <a href="https://github.com/dequelabs/axe-core" className="font-medium text-brand-700 underline hover:no-underline">
              axe-core
            </a>{" "}
            on the pages they reach, with the WCAG 2.0, 2.1 and 2.2 level A and AA rules and axe&apos;s best practices. A page with a
            violation fails the build.
          </li>
          <li>
            <strong>Keyboard walks.</strong> The dossier form, the score sheet, the annexes and the ceremony&apos;s presenter console are
            used with the keyboard alone: every control is reached with Tab in a sensible order, the focus stays visible, and after a
            refused submission the focus moves to the list of problems.
          </li>
          <li>
            <strong>Lighthouse.</strong> Google Lighthouse&apos;s accessibility audit was run by hand on the main pages in November 2026
            and scored 100 on every page tried; it is not part of the automated tests.
          </li>
        </ul>
        <p>Automated tools find only part of the problems people meet; we have not yet had the application audited by an external expert or tested by people who use assistive technology every day.</p>
      </NoticeSection>
      <NoticeSection id="limitations" title="Known limitations">
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <strong>PDF certificates</strong> are not tagged PDFs, so a screen reader may read them in the wrong order. The same
            results, with the jury&apos;s reasons, are on the public results page.
          </li>
          <li>
            <strong>Annexes</strong> are PDF files sent by the national coordinators; we cannot check or change how accessible they are.
            The jury judges the dossier form, which is fully accessible, not the annexes.
          </li>
          <li>
            <strong>The ceremony&apos;s audience screen</strong> is made for a projector in the conference room and changes when the
            presenter moves on; the same results, in the same order, are on the results page as soon as they are revealed.
          </li>
          <li>
            <strong>The ranking charts</strong> of the deliberation page are pictures of the numbers; each chart has a &ldquo;Show the data
            as a table&rdquo; switch with the same figures.
          </li>
          <li>
            <strong>Language.</strong> The interface is in English only for now; French is being added. Dossiers stay in the language
            they were written in.
          </li>
        </ul>
      </NoticeSection>
      <NoticeSection id="report" title="Report a problem">
        <p>
          If something in this application is hard or impossible for you to use, or you need a dossier, a receipt or a result in
          another format, write to the secretariat of the European Crime Prevention Network:{" "}
          <em>[placeholder: the secretariat&apos;s accessibility contact address]</em>. Say which page, what you tried to do and, if you
          like, the browser and assistive technology you use.
        </p>
        <p>
          We answer within 10 working days. If a deadline of the award is near, say so: the secretariat can take your dossier or your
          scores another way and record them for you. If you are not satisfied with our answer, you can turn to the enforcement
          body of the country where the secretariat is based.
        </p>
      </NoticeSection>
      <NoticeSection id="date" title="About this statement">
        <p>
          This statement was prepared on <time dateTime={STATEMENT_DATE}>{STATEMENT_DAY}</time>, from the tests described above, and is
          reviewed with every release that changes how pages look or work. How we handle personal data is in the{" "}
          <Link href="/privacy" className="font-medium text-brand-700 underline hover:no-underline">
            privacy notice
          </Link>
          .
        </p>
      </NoticeSection>
    </article>
  );
}

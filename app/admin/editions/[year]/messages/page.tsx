import type { Metadata } from "next";
import Link from "next/link";
import { formatEditionMoment } from "@/lib/format/edition-time";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdminEditionPage } from "@/lib/auth/admin-edition-page";
import { listEditionTemplates } from "@/lib/mail/template-queries";

type Params = Promise<{ year: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { year } = await params;
  return { title: `Messages ${year} · Secretariat` };
}

/** Every kind of message the edition sends, with whether the secretariat has rewritten it; each opens its editor. */
export default async function EditionMessagesPage({ params }: { params: Params }) {
  const { year: yearParam } = await params;
  const { db, edition } = await requireAdminEditionPage(yearParam, `/admin/editions/${encodeURIComponent(yearParam)}/messages`);
  const templates = await listEditionTemplates({ db, editionId: edition.id });

  return (
    <div className="space-y-6">
      <PageHeader
        title={`Messages ${edition.year}`}
        description="The texts of the emails this edition sends. Each starts as the built-in text; what you change here is used by the next message of that kind."
      >
        <Link href={`/admin/editions/${edition.year}`} className="text-sm font-medium text-brand-700 hover:underline">
          Back to edition {edition.year}
        </Link>
      </PageHeader>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Messages of edition {edition.year}</caption>
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-3">Message</th>
              <th scope="col" className="px-4 py-3">Sent</th>
              <th scope="col" className="px-4 py-3">Text</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {templates.map((template) => (
              <tr key={template.kind} className="align-top">
                <th scope="row" className="px-4 py-3 font-medium">
                  <Link href={`/admin/editions/${edition.year}/messages/${template.kind}`} className="text-brand-700 hover:underline">
                    {template.title}
                  </Link>
                </th>
                <td className="px-4 py-3 text-slate-700">{template.sentWhen}</td>
                <td className="whitespace-nowrap px-4 py-3">
                  {template.isCustomised ? `Edited ${formatEditionMoment(template.updatedAt, edition.timeZone)}` : "Built-in text"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

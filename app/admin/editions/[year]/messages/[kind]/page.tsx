import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TemplateEditor } from "@/components/messages/template-editor";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdminEditionPage } from "@/lib/auth/admin-edition-page";
import { getTemplateForEditor } from "@/lib/mail/template-queries";
import { isMailTemplateKind, MAIL_TEMPLATE_SPECS, PLACEHOLDERS } from "@/lib/mail/templates";
import { resetMailTemplateAction, saveMailTemplateAction } from "../actions";

type Params = Promise<{ year: string; kind: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { year, kind } = await params;
  const title = isMailTemplateKind(kind) ? MAIL_TEMPLATE_SPECS[kind].title : "Message";
  return { title: `${title} · Messages ${year} · Secretariat` };
}

/** The editor of one kind of message of an edition: its text, the placeholders it knows, a live preview, reset. */
export default async function EditionMessagePage({ params }: { params: Params }) {
  const { year: yearParam, kind } = await params;
  const { db, edition } = await requireAdminEditionPage(
    yearParam,
    `/admin/editions/${encodeURIComponent(yearParam)}/messages/${encodeURIComponent(kind)}`,
  );
  if (!isMailTemplateKind(kind)) notFound();
  const template = await getTemplateForEditor({ db, editionId: edition.id, kind });
  const placeholders = template.placeholders.map((name) => ({
    name,
    description: PLACEHOLDERS[name].description,
    isRequired: template.required.includes(name),
  }));

  return (
    <div className="space-y-6">
      <div>
        <p className="mb-2 text-sm">
          <Link href={`/admin/editions/${edition.year}/messages`} className="font-medium text-brand-700 hover:underline">
            ← Messages {edition.year}
          </Link>
        </p>
        <PageHeader title={template.title} description={template.sentWhen} />
      </div>
      <TemplateEditor
        editionId={edition.id}
        kind={kind}
        version={template.version}
        isCustomised={template.isCustomised}
        subject={template.subject}
        body={template.body}
        defaults={template.defaults}
        placeholders={placeholders}
        save={saveMailTemplateAction}
        reset={resetMailTemplateAction}
      />
    </div>
  );
}

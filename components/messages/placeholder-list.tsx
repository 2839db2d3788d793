import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";

export interface PlaceholderRow {
  name: string;
  description: string;
  isRequired: boolean;
}

// A placeholder as it is typed in a template, e.g. {{name}}.
const toPlaceholder = (name: string) => `{{${name}}}`;

/** The placeholders one kind of message knows, each with what it stands for; the required ones are marked. */
export function PlaceholderList({ placeholders }: { placeholders: readonly PlaceholderRow[] }) {
  const t = useTranslations("mailTemplates");
  return (
    <Card>
      <h3 className="mb-3 text-lg font-semibold">{t("placeholders")}</h3>
      <dl className="space-y-2 text-sm">
        {placeholders.map((placeholder) => (
          <div key={placeholder.name} className="flex flex-wrap gap-x-2">
            <dt>
              <code className="rounded bg-slate-100 px-1 text-xs">{toPlaceholder(placeholder.name)}</code>
            </dt>
            <dd className="text-slate-700">
              {placeholder.description}
              {placeholder.isRequired && <strong className="ml-1 font-semibold text-slate-900">{t("required")}</strong>}
            </dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

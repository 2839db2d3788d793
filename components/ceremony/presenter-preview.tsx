import type { AudienceView } from "@/lib/domain/ceremony";
import { StepView } from "./step-view";

/** A small 16:9 copy of the audience screen, for the presenter. */
export function PresenterPreview({ title, view }: { title: string; view: AudienceView }) {
  return (
    <section aria-label={title} className="space-y-2">
      <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-600">{title}</h2>
      <div className="aspect-video overflow-hidden rounded-lg border border-slate-300 shadow-sm">
        <StepView view={view} headingLevel={3} />
      </div>
    </section>
  );
}

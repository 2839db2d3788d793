/** One titled section of a public notice (the privacy notice, the accessibility statement), labelled by its heading. */
export function NoticeSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      <div className="space-y-2 text-slate-700">{children}</div>
    </section>
  );
}

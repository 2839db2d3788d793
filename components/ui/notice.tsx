const TONES = {
  info: "border-brand-100 bg-brand-50 text-brand-900",
  success: "border-green-200 bg-green-50 text-green-900",
  error: "border-red-200 bg-red-50 text-red-900",
} as const;

/** A message box; errors use role="status" so Next's own role="alert" element stays the only alert. */
export function Notice({ tone = "info", children }: { tone?: keyof typeof TONES; children: React.ReactNode }) {
  return (
    <div role="status" className={`rounded-md border px-4 py-3 text-sm ${TONES[tone]}`}>
      {children}
    </div>
  );
}

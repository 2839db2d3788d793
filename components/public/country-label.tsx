import { getFlagEmoji } from "@/lib/format/flag";

/** A country's flag and name; the flag is decoration, so screen readers hear only the name. */
export function CountryLabel({ code, name, className = "" }: { code: string; name: string; className?: string }) {
  const flag = getFlagEmoji(code);
  return (
    <span className={className}>
      {flag && (
        <span aria-hidden="true" className="mr-1.5">
          {flag}
        </span>
      )}
      {name}
    </span>
  );
}

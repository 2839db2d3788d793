import { chooseFlag } from "@/lib/format/flag";

/**
 * A country's flag as an image, sized to the text around it (1em high, 4:3). A code without a flag gets a neutral
 * badge with the code instead. Beside the country's name it is hidden from screen readers; alone, it says the name.
 */
export function CountryFlag({ code, name, isBesideName = false, className = "" }: { code: string; name: string; isBesideName?: boolean; className?: string }) {
  const flag = chooseFlag(code);
  if (flag.kind === "image") {
    return (
      // A plain <img>: an SVG of a few hundred bytes gains nothing from next/image's resizing.
      // eslint-disable-next-line @next/next/no-img-element
      <img
        src={flag.src}
        alt={isBesideName ? "" : name}
        width={4}
        height={3}
        data-flag={code.trim().toUpperCase()}
        className={`inline-block h-[1em] w-auto rounded-[0.08em] align-[-0.12em] shadow-[0_0_0_1px_rgb(128_128_128/0.4)] ${className}`}
      />
    );
  }
  return (
    <span
      role={isBesideName ? undefined : "img"}
      aria-label={isBesideName ? undefined : name}
      aria-hidden={isBesideName ? true : undefined}
      data-flag-badge={flag.label}
      className={`inline-flex h-[1em] min-w-[1.33em] items-center justify-center rounded-[0.08em] bg-slate-200 px-[0.1em] align-[-0.12em] font-semibold leading-none text-slate-700 ${className}`}
    >
      <span className="text-[0.55em]">{flag.label}</span>
    </span>
  );
}

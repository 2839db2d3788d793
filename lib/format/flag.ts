/**
 * The two-letter codes that have a flag image in the flag-icons package (its 4:3 SVGs), lower case, without its "xx"
 * placeholder. A unit test keeps this list equal to the package's own, so an upgrade that adds or drops a flag fails.
 * Written out here so the browser bundle carries 250 codes instead of the package's whole country list.
 */
const FLAG_CODE_LIST =
  "ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs bt bv bw by " +
    "bz ca cc cd cf cg ch ci ck cl cm cn co cp cr cu cv cw cx cy cz de dg dj dk dm do dz ec ee eg eh er es et eu " +
    "fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu ic id ie il im " +
    "in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me " +
    "mf mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pc pe pf " +
    "pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st sv sx " +
    "sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug um un us uy uz va vc ve vg vi vn vu wf ws xk " +
    "ye yt za zm zw";

export const FLAG_CODES: ReadonlySet<string> = new Set(FLAG_CODE_LIST.split(" "));

/** Where flag images are served (app/flags/[file]/route.ts): one SVG per code, e.g. /flags/dk.svg. */
export const FLAG_PATH = "/flags";

/** How a country's flag is shown: its image when the package has one, otherwise a neutral badge with the code. */
export type FlagChoice = { kind: "image"; src: string } | { kind: "badge"; label: string };

/**
 * The flag of a country code ("DK" → /flags/dk.svg). A made-up region (the scale seed's non-ASCII codes), an empty
 * code or one without a flag gets a badge with the code as written, so the page never shows a broken image.
 */
export function chooseFlag(countryCode: string): FlagChoice {
  const code = countryCode.trim();
  const key = code.toLowerCase();
  if (/^[a-z]{2}$/.test(key) && FLAG_CODES.has(key)) return { kind: "image", src: `${FLAG_PATH}/${key}.svg` };
  // The code as stored: upper-casing a made-up code could make two regions look alike.
  return { kind: "badge", label: code || "?" };
}

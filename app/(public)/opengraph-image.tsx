import { ImageResponse } from "next/og";
import { getLocale } from "next-intl/server";
import { GenericOgImage, OG_IMAGE_SIZE } from "@/components/public/results-og-image";
import type { Locale } from "@/lib/i18n/locales";

export const alt = "The European Crime Prevention Award";
export const size = OG_IMAGE_SIZE;
export const contentType = "image/png";

/** The shared-link image of the public pages without one of their own (home, archive): the award's name only. */
export default async function PublicOpenGraphImage() {
  return new ImageResponse(<GenericOgImage locale={(await getLocale()) as Locale} />, size);
}

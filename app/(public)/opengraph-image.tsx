import { ImageResponse } from "next/og";
import { GenericOgImage, OG_IMAGE_SIZE } from "@/components/public/results-og-image";

export const alt = "The European Crime Prevention Award";
export const size = OG_IMAGE_SIZE;
export const contentType = "image/png";

/** The shared-link image of the public pages without one of their own (home, archive): the award's name only. */
export default function PublicOpenGraphImage() {
  return new ImageResponse(<GenericOgImage />, size);
}

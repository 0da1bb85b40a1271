/** The icons made from components/BrandMark.tsx: one source, every size a browser or device asks for. */
export const APP_ICON_SIZES = [32, 192, 512] as const;
export const APPLE_ICON_SIZE = 180;
export const FAVICON_SIZE = 32;

/** Where `app/icon.tsx` serves the icon of one size (`generateImageMetadata` ids are the sizes). */
export const appIconUrl = (size: number) => `/icon/${size}`;

/**
 * A PNG in an ICO container: browsers and crawlers that ask for /favicon.ico accept PNG data
 * inside it, so the favicon comes from the same drawing as every other icon.
 */
export function pngToIco(png: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const header = new DataView(new ArrayBuffer(22));
  header.setUint16(2, 1, true); // type: icon
  header.setUint16(4, 1, true); // one image
  header.setUint8(6, size >= 256 ? 0 : size); // width (0 means 256)
  header.setUint8(7, size >= 256 ? 0 : size); // height
  header.setUint16(10, 1, true); // colour planes
  header.setUint16(12, 32, true); // bits per pixel
  header.setUint32(14, png.byteLength, true);
  header.setUint32(18, 22, true); // the image follows the header
  const ico = new Uint8Array(22 + png.byteLength);
  ico.set(new Uint8Array(header.buffer), 0);
  ico.set(png, 22);
  return ico;
}

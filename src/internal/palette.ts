/**
 * The default colours of principles without a `color` of their own, by their place in the feed, in
 * the wheel's segments and the tracker's bars alike: twelve hues at one perceived lightness (OKLCH
 * L ≈ 0.55, chroma ≤ 0.13), so no segment shouts louder than another. Each takes white labels at
 * ≥ 4.8:1 and stands apart from a white page (≥ 4.8:1) and from a near-black one (#121212,
 * ≥ 3.8:1). Neighbours in the order differ in hue by about a third of the circle.
 */
export const PRINCIPLE_PALETTE = [
  '#1777b8',
  '#b5553e',
  '#547b5c',
  '#975aa5',
  '#367c80',
  '#9a6807',
  '#6769bf',
  '#b3516c',
  '#6b765a',
  '#5c7681',
  '#ad5c15',
  '#ab5489',
];

/** A principle's colour: its own, else the palette's by its place among the feed's principles. */
export function principleColor(
  principles: readonly { id: string; color?: string | undefined }[],
  id: string,
) {
  const index = principles.findIndex((p) => p.id === id);
  if (index < 0) return undefined;
  return principles[index]!.color ?? PRINCIPLE_PALETTE[index % PRINCIPLE_PALETTE.length];
}

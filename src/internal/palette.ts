/**
 * The default colours of principles without a `color` of their own, by their place in the feed.
 * Kept equal to the principle wheel's palette, so a principle has one colour in every widget.
 */
export const PRINCIPLE_PALETTE = [
  '#0b5cad',
  '#1b6e35',
  '#b3261e',
  '#f2b705',
  '#6b3fa0',
  '#00758f',
  '#e46f1f',
  '#c2185b',
  '#7fb3d5',
  '#4e5b31',
  '#9ccc65',
  '#5a6b7b',
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

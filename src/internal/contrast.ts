/**
 * Colours on a dark theme: a principle's segment or an event type's stripe, chosen by the feed or
 * the palette for a white page, can vanish on a dark surface; there they are lightened just
 * enough for 3:1 (WCAG 1.4.11). On a light surface they stay as the feed chose them (an
 * organisation's own colours): every one of them comes with its name in text beside it.
 */
type Rgb = [number, number, number];

let paint: CanvasRenderingContext2D | null | undefined;

/** Any CSS colour as the browser reads it, in 0–255 channels; undefined when it cannot tell. */
function toRgb(color: string): Rgb | undefined {
  paint ??= document.createElement('canvas').getContext('2d');
  if (!paint) return undefined;
  paint.fillStyle = '#000';
  paint.fillStyle = color;
  const value = paint.fillStyle; // '#rrggbb', or 'rgba(r, g, b, a)' for a translucent colour
  const channels = value.startsWith('#')
    ? [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16))
    : (value.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  return channels.length === 3 ? (channels as Rgb) : undefined;
}

/** WCAG relative luminance. */
function luminance(rgb: Rgb): number {
  const [r = 0, g = 0, b = 0] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours, 1 to 21; 21 when either cannot be read. */
export function contrast(a: string, b: string): number {
  const [x, y] = [toRgb(a), toRgb(b)];
  if (!x || !y) return 21;
  const [light, dark] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const hex = (rgb: Rgb) => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

const shifted = new Map<string, string>();

/** `color`, or on a dark `surface` `color` mixed toward white until it has `ratio` against it. */
export function standOut(color: string, surface: string, ratio = 3): string {
  const key = `${color}|${surface}|${ratio}`;
  let result = shifted.get(key);
  if (result === undefined) shifted.set(key, (result = shift(color, surface, ratio)));
  return result;
}

function shift(color: string, surface: string, ratio: number): string {
  const [c, s] = [toRgb(color), toRgb(surface)];
  if (!c || !s || luminance(s) >= 0.18) return color;
  const toward: Rgb = [255, 255, 255];
  for (let step = 0; step <= 20; step += 1) {
    const mixed = c.map((v, i) => v + ((toward[i]! - v) * step) / 20) as Rgb;
    if (contrast(hex(mixed), hex(s)) >= ratio) return hex(mixed);
  }
  return hex(toward);
}

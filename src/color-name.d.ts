/** `color-name`: the CSS colour keywords, for the validator, which has no browser to ask. */
declare module 'color-name' {
  const names: Record<string, [number, number, number]>;
  export default names;
}

/**
 * Lower case without diacritics, so "malmo" finds "Malmö". This also folds å/ä/ö onto a/o, which
 * Swedish spelling would keep apart; people typing on foreign keyboards matter more here.
 */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of a search box's query, folded; every one must occur in a match. */
export const queryWords = (query: string): string[] => fold(query).split(/\s+/).filter(Boolean);

/**
 * Calls `then` once typing pauses: a live count announced at every keystroke queues one
 * announcement per key in a screen reader, of which only the last is still true.
 */
export class TypingPause {
  #timer?: ReturnType<typeof setTimeout>;
  readonly #then: () => void;

  constructor(then: () => void) {
    this.#then = then;
  }

  /** A key was typed: wait for the pause again. */
  restart(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.#then, 500);
  }

  cancel(): void {
    clearTimeout(this.#timer);
  }
}

/**
 * Lower case without diacritics, so "malmo" finds "Malmö". This also folds å/ä/ö onto a/o, which
 * Swedish spelling would keep apart; people typing on foreign keyboards matter more here.
 */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of a search box's query, folded; every one must occur in a match. */
export const queryWords = (query: string): string[] => fold(query).split(/\s+/).filter(Boolean);

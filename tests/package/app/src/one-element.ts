// One element entry alone types its element and its tag.
import { OkSignatoryCount } from 'ok-widgets/elements/signatory-count.js';

export const count: OkSignatoryCount | null = document.querySelector('ok-signatory-count');
export const goal: number | undefined = count?.goal;
export const isCount = (element: Element) => element instanceof OkSignatoryCount;

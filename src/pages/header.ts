import { html, nothing, type TemplateResult } from 'lit';

/** What a page's header says, in its language. */
export interface HeaderStrings {
  title: string;
  intro: string;
  /** The other language's name, in that language, and its code. */
  otherLanguage: string;
  otherLanguageLang: string;
}

/** A tool page's header: the link to the same page in the other language, its title, its intro, and a notice. */
export function pageHeader(t: HeaderStrings, notice: unknown = nothing): TemplateResult {
  const other = new URLSearchParams(location.search);
  other.set('ui', t.otherLanguageLang);
  return html`<header>
    <p class="language"><a href="?${other}" lang=${t.otherLanguageLang}>${t.otherLanguage}</a></p>
    <h1>${t.title}</h1>
    <p>${t.intro}</p>
    ${notice}
  </header>`;
}

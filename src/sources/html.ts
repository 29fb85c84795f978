// HTML pages: main text via Readability on linkedom; publication date and title from the page's metadata.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlMain { text: string; title: string | null; published: string | null; byline: string | null; siteName: string | null }

const DATE_META = ['article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued'];

export function htmlMainText(html: string): HtmlMain | null {
  const { document } = parseHTML(html);
  const published = metaDate(document);
  const pageTitle = document.querySelector('title')?.textContent?.trim() || null;
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  const text = article?.textContent ? paragraphs(article.content ?? '', article.textContent) : null;
  // A page whose "article" is a menu word or two has no report in it.
  if (!text || text.trim().length < 20) return null;
  return { text, title: article?.title?.trim() || pageTitle, published, byline: article?.byline ?? null, siteName: article?.siteName ?? null };
}

/** Readability's textContent runs paragraphs together; rebuild it with one block element per line. */
function paragraphs(contentHtml: string, fallback: string): string {
  const { document } = parseHTML(`<html><body>${contentHtml}</body></html>`);
  const blocks = [...document.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td')]
    .filter((el) => !el.querySelector('p, li, blockquote'))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((s) => s !== '');
  return blocks.length > 0 ? blocks.join('\n') : fallback.replace(/[ \t]+/g, ' ').trim();
}

function metaDate(document: any): string | null {
  for (const key of DATE_META) {
    const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = el?.getAttribute('content');
    if (value && /^\d{4}-\d{2}-\d{2}/.test(value)) return value;
  }
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime');
  return time && /^\d{4}-\d{2}-\d{2}/.test(time) ? time : null;
}

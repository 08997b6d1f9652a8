/**
 * The share menu of a quote ("Copy link", the system share sheet where there is one, "Copy
 * citation"), and "Copy link to this passage" for any selection (a text-fragment link). Links are
 * built from the page's canonical URL, so they carry SITE_URL and BASE_PATH. Without JavaScript the
 * share icon is a plain link to the quote's share page.
 */
const menu = document.getElementById('quote-share-menu');
const status = document.getElementById('share-status');
const passage = document.getElementById('passage-link');
const messages = (document.getElementById('share-messages') as HTMLElement | null)?.dataset ?? {};
const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.split('#')[0]!;
let quoteId = '';

const say = (text = '') => {
  if (status) status.textContent = text;
};

async function copy(text: string, done: string | undefined): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    say(done);
  } catch {
    say(messages['failed']);
  }
}

const quoteUrl = () => `${canonical}#${quoteId}`;

function citation(): string {
  const quote = document.getElementById(quoteId);
  const parts = [...document.querySelectorAll<HTMLElement>(`[data-entity="${CSS.escape(quoteId)}"][data-annotation-kind="quote"]`)];
  const words = parts.map((p) => p.textContent).join(' ').replace(/\s+/gu, ' ').trim();
  const speaker = quote?.dataset['speaker'];
  const name = speaker ? document.querySelector(`.annotation-card[data-card-kind="person"][data-card-for="${CSS.escape(speaker)}"] .card-title`)?.textContent : '';
  return [words, name ? `— ${name}` : '', `${menu?.dataset['source']}, ${menu?.dataset['date']}.`, quoteUrl()].filter(Boolean).join(' ');
}

if (menu) {
  const system = menu.querySelector<HTMLElement>('[data-share-action="system"]');
  if (system && 'share' in navigator) system.hidden = false;
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-share-quote]') : null;
    if (!link) return;
    event.preventDefault();
    quoteId = link.dataset['shareQuote']!;
    say();
    try {
      (menu.showPopover as (options?: { source?: HTMLElement }) => void)({ source: link });
    } catch {
      menu.showPopover();
    }
    const box = link.getBoundingClientRect();
    menu.style.left = `${Math.max(8, Math.min(box.left, innerWidth - menu.offsetWidth - 8))}px`;
    menu.style.top = `${Math.min(box.bottom + 6, innerHeight - menu.offsetHeight - 8)}px`;
    menu.querySelector('button')?.focus();
  });
  menu.addEventListener('click', (event) => {
    const action = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-share-action]')?.dataset['shareAction'] : undefined;
    if (action === 'copy') void copy(quoteUrl(), messages['copied']);
    if (action === 'cite') void copy(citation(), messages['cited']);
    if (action === 'system') void navigator.share({ url: quoteUrl(), text: citation() }).catch(() => undefined);
  });
}

// Text fragments (#:~:text=start,end): a dash, comma or ampersand inside a term must be escaped.
const fragment = (text: string) => encodeURIComponent(text).replace(/-/gu, '%2D').replace(/,/gu, '%2C');

function passageUrl(selected: string): string {
  const words = selected.replace(/\s+/gu, ' ').trim().split(' ');
  const range = words.length > 8 ? `${fragment(words.slice(0, 4).join(' '))},${fragment(words.slice(-4).join(' '))}` : fragment(words.join(' '));
  return `${canonical}#:~:text=${range}`;
}

if (passage) {
  document.addEventListener('selectionchange', () => {
    const selection = document.getSelection();
    const body = document.querySelector('[data-article-body]');
    const inside = selection && !selection.isCollapsed && body?.contains(selection.anchorNode) && body.contains(selection.focusNode);
    passage.hidden = !inside || !selection.toString().trim();
    if (passage.hidden || !selection) return;
    const box = selection.getRangeAt(0).getBoundingClientRect();
    passage.style.left = `${Math.max(8, Math.min(box.left, innerWidth - passage.offsetWidth - 8))}px`;
    passage.style.top = `${Math.max(8, box.top - passage.offsetHeight - 8)}px`;
  });
  passage.addEventListener('pointerdown', (event) => event.preventDefault()); // keep the selection
  passage.addEventListener('click', () => {
    const selected = document.getSelection()?.toString() ?? '';
    if (selected.trim()) void copy(passageUrl(selected), messages['passage']);
  });
}

export {};

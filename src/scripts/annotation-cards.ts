/**
 * Opens each mark's card (WCAG 2.2, 1.4.13 Content on Hover or Focus): after a 300 ms hover, at
 * once on keyboard focus or a tap; it stays open while the pointer is over the mark or the card;
 * Escape closes it and leaves focus on the mark; leaving both closes it after a short grace, and
 * so does a tap elsewhere. On touch the first tap opens the card and a second tap follows the link.
 * Also the legend: which kinds of highlight are hidden, remembered in localStorage.
 */
const HOVER_DELAY = 300;
const GRACE = 300;
const STORE = 'annotated-reader:hidden-kinds';
const KINDS = ['person', 'country', 'capital', 'organization', 'date', 'quote'];
const root = document.documentElement;

let hidden = new Set<string>();
try {
  hidden = new Set(JSON.parse(localStorage.getItem(STORE) ?? '[]') as string[]);
} catch {
  // Private mode or a corrupt value: show everything.
}

function applyHidden(): void {
  for (const kind of KINDS) root.toggleAttribute(`data-hide-${kind}`, hidden.has(kind));
  for (const button of document.querySelectorAll<HTMLElement>('[data-legend-toggle]')) {
    const kind = button.dataset['legendToggle']!;
    button.setAttribute('aria-pressed', String(kind === 'all' ? hidden.size === 0 : !hidden.has(kind)));
  }
  // Hidden highlights read as plain text: no tab stop either.
  for (const mark of document.querySelectorAll<HTMLElement>('[data-article-body] .annotation'))
    if (hidden.has(mark.dataset['annotationKind']!)) mark.tabIndex = -1;
    else mark.removeAttribute('tabindex');
  try {
    localStorage.setItem(STORE, JSON.stringify([...hidden]));
  } catch {
    // Not remembered, still applied.
  }
}

const cardOf = (mark: HTMLElement): HTMLElement | null => {
  const { annotationKind: kind, entity, capital } = mark.dataset;
  const selector = `.annotation-card[data-card-kind="${kind}"][data-card-for="${CSS.escape(entity ?? '')}"]`;
  return document.querySelector(capital ? `${selector}[data-capital="${CSS.escape(capital)}"]` : selector);
};

const markOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLElement>('[data-article-body] .annotation') : null;
const cardAt = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('.annotation-card') : null);

let current: { mark: HTMLElement; card: HTMLElement } | undefined;
let timer: number | undefined;
let lastPointer = '';
/** Set while focus returns to a mark after Escape, so that focusing it does not reopen its card. */
let returning = false;

const anchoring = CSS.supports('position-anchor', '--card');

function place(mark: HTMLElement, card: HTMLElement): void {
  if (window.innerWidth < 640) return; // a bottom sheet, placed by CSS
  if (anchoring) {
    // The platform places the card under its mark and flips it to stay on screen.
    mark.style.setProperty('anchor-name', '--card');
    card.classList.add('anchored');
    return;
  }
  const box = mark.getBoundingClientRect();
  const width = card.offsetWidth;
  const height = card.offsetHeight;
  const left = Math.min(Math.max(8, box.left), window.innerWidth - width - 8);
  const below = box.bottom + 8;
  const top = below + height > window.innerHeight - 8 && box.top - height - 8 > 8 ? box.top - height - 8 : below;
  card.style.left = `${left}px`;
  card.style.top = `${Math.max(8, Math.min(top, window.innerHeight - height - 8))}px`;
}

/**
 * While a person's card is open, the words that established who said each of their quotes ("He",
 * "al-Araji said") are highlighted in the text: searched from the quote's paragraph back, with the
 * CSS Custom Highlight API where the browser has it.
 */
function highlightEvidence(card: HTMLElement): void {
  if (!('highlights' in CSS)) return;
  const ranges: Range[] = [];
  for (const item of card.querySelectorAll<HTMLElement>('[data-evidence]')) {
    const evidence = item.dataset['evidence']!;
    const quote = document.getElementById(item.dataset['evidenceQuote']!);
    let block: Element | null = quote?.closest('p') ?? null;
    for (let steps = 0; block && steps < 4; steps++, block = block.previousElementSibling) {
      const range = findText(block, evidence, steps === 0 ? quote : null);
      if (range) {
        ranges.push(range);
        break;
      }
    }
  }
  CSS.highlights.set('evidence', new Highlight(...ranges));
}

/**
 * `text` in `root`'s text as a DOM range (it may cross elements): the last occurrence before
 * `quote` when given (the attribution nearest the quote), else after it, else the last one.
 */
function findText(root: Element, text: string, quote: Element | null): Range | undefined {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let quoteAt = -1;
  let length = 0;
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    if (quoteAt === -1 && quote?.contains(node)) quoteAt = length;
    nodes.push(node);
    length += node.data.length;
  }
  const whole = nodes.map((n) => n.data).join('');
  const before = quoteAt === -1 ? -1 : whole.lastIndexOf(text, quoteAt - text.length);
  const at = quoteAt === -1 ? whole.lastIndexOf(text) : before !== -1 ? before : whole.indexOf(text, quoteAt);
  if (at === -1) return undefined;
  const range = document.createRange();
  let offset = 0;
  for (const node of nodes) {
    const end = offset + node.data.length;
    if (at >= offset && at <= end) range.setStart(node, at - offset);
    if (at + text.length >= offset && at + text.length <= end) {
      range.setEnd(node, at + text.length - offset);
      break;
    }
    offset = end;
  }
  return range;
}

function show(mark: HTMLElement): void {
  clearTimeout(timer);
  if (hidden.has(mark.dataset['annotationKind']!)) return;
  const card = cardOf(mark);
  if (!card) return;
  if (current?.card === card && current.mark === mark) return;
  hide();
  try {
    // `source` puts the card right after the mark in the focus order.
    (card.showPopover as (options?: { source?: HTMLElement }) => void)({ source: mark });
  } catch {
    card.showPopover();
  }
  place(mark, card);
  highlightEvidence(card);
  mark.setAttribute('aria-expanded', 'true');
  current = { mark, card };
}

function hide(): void {
  clearTimeout(timer);
  if (!current) return;
  if ('highlights' in CSS) CSS.highlights.delete('evidence');
  current.mark.style.removeProperty('anchor-name');
  current.mark.setAttribute('aria-expanded', 'false');
  if (current.card.matches(':popover-open')) current.card.hidePopover();
  current = undefined;
}

const later = (run: () => void, ms: number) => {
  clearTimeout(timer);
  timer = window.setTimeout(run, ms);
};

for (const mark of document.querySelectorAll<HTMLElement>('[data-article-body] .annotation')) {
  const card = cardOf(mark);
  if (!card) continue;
  mark.setAttribute('aria-describedby', card.id);
  mark.setAttribute('aria-expanded', 'false');
}

document.addEventListener('pointerdown', (event) => {
  lastPointer = event.pointerType;
  if (current && !markOf(event.target) && !cardAt(event.target)) hide();
});

document.addEventListener('pointerover', (event) => {
  if (event.pointerType === 'touch') return;
  const mark = markOf(event.target);
  if (mark) later(() => show(mark), current ? 0 : HOVER_DELAY);
  else if (cardAt(event.target)) clearTimeout(timer);
});

document.addEventListener('pointerout', (event) => {
  if (event.pointerType === 'touch') return;
  const from = markOf(event.target) ?? cardAt(event.target);
  const to = markOf(event.relatedTarget) ?? cardAt(event.relatedTarget);
  if (from && !to) later(hide, GRACE);
});

document.addEventListener('focusin', (event) => {
  const mark = markOf(event.target);
  if (mark && !returning && lastPointer !== 'touch') show(mark);
  else if (!cardAt(event.target) && current) hide();
});

document.addEventListener('click', (event) => {
  const mark = markOf(event.target);
  if (mark && lastPointer === 'touch' && current?.mark !== mark && cardOf(mark) && !hidden.has(mark.dataset['annotationKind']!)) {
    event.preventDefault(); // first tap: the card; a second tap follows the link
    show(mark);
  }
  const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-legend-toggle], [data-hide-highlights]') : null;
  if (!button) return;
  const kind = button.dataset['legendToggle'];
  if (button.hasAttribute('data-hide-highlights') || (kind === 'all' && hidden.size === 0)) hidden = new Set(KINDS);
  else if (kind === 'all') hidden.clear();
  else if (kind && hidden.has(kind)) hidden.delete(kind);
  else if (kind) hidden.add(kind);
  if (button.hasAttribute('data-hide-highlights')) {
    const mark = current?.mark;
    hide();
    returning = true;
    mark?.focus();
    returning = false;
  }
  applyHidden();
});

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || !current) return;
  const { mark } = current;
  hide();
  returning = true;
  mark.focus();
  returning = false;
});

window.addEventListener('resize', () => current && place(current.mark, current.card));
applyHidden();
export {};

/**
 * The site's one inline script (no dependency, no network): the search box filters the side
 * navigation with the generated index (every typed word must occur in an entry's words); `/`
 * focuses it, Enter opens the first match, Escape clears it; the entry of the section jumped to or
 * being read is marked current and kept in view inside the navigation; copy buttons copy their frame.
 * Without the script the page still reads and every link works.
 */
export const SCRIPT = `
(() => {
  const nav = document.getElementById('nav');
  const input = document.getElementById('search');
  const data = document.getElementById('search-index');
  if (!nav || !input || !data) return;
  const index = JSON.parse(data.textContent || '{}');
  const items = Array.from(nav.querySelectorAll('li[data-anchor]'));
  const groups = Array.from(nav.querySelectorAll('.group'));
  const empty = document.getElementById('search-empty');
  const filter = () => {
    const terms = input.value.toLowerCase().split(/\\s+/).filter(Boolean);
    let shown = 0;
    for (const li of items) {
      const words = index[li.dataset.anchor] || '';
      const hit = terms.every((t) => words.includes(t));
      li.hidden = !hit;
      if (hit) shown++;
    }
    for (const g of groups) g.hidden = !g.querySelector('li[data-anchor]:not([hidden])');
    if (empty) empty.hidden = shown > 0;
  };
  input.addEventListener('input', filter);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      const first = items.find((li) => !li.hidden);
      if (first) {
        e.preventDefault();
        first.querySelector('a').click();
      }
    } else if (e.key === 'Escape') {
      input.value = '';
      filter();
      input.blur();
    }
  });
  document.addEventListener('keydown', (e) => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    if (t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    e.preventDefault();
    input.focus();
    input.select();
  });
  const mark = (id) => {
    let shown = null;
    for (const li of items) {
      const a = li.querySelector('a');
      if (li.dataset.anchor === id) { a.setAttribute('aria-current', 'true'); shown = li; } else a.removeAttribute('aria-current');
    }
    if (shown && !shown.hidden) {
      const top = shown.offsetTop - nav.offsetTop;
      if (top < nav.scrollTop || top + shown.offsetHeight > nav.scrollTop + nav.clientHeight) nav.scrollTop = top - nav.clientHeight / 3;
    }
  };
  // while reading, the entry of the section at the top of the window is the current one
  const targets = items.map((li) => document.getElementById(li.dataset.anchor)).filter(Boolean);
  const last = targets.length > 0 ? targets[targets.length - 1].closest('section') : null;
  let pending = false;
  const reading = () => {
    pending = false;
    let id = null;
    for (const t of targets) {
      if (t.getBoundingClientRect().top <= 120) id = t.id;
      else break;
    }
    if (last && last.getBoundingClientRect().bottom < 120) id = null;
    mark(id);
  };
  window.addEventListener('scroll', () => { if (!pending) { pending = true; requestAnimationFrame(reading); } }, { passive: true });
  window.addEventListener('hashchange', () => mark(decodeURIComponent(location.hash.slice(1))));
  mark(decodeURIComponent(location.hash.slice(1)));
  const copied = (button) => {
    button.textContent = 'Copied';
    setTimeout(() => { button.textContent = 'Copy'; }, 1500);
  };
  const fallback = (pre, button) => {
    const range = document.createRange();
    range.selectNodeContents(pre);
    const sel = getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    try { if (document.execCommand('copy')) copied(button); } catch (err) { /* the text stays selected: copy it by hand */ }
  };
  document.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest('button.copy') : null;
    const pre = button && button.parentElement ? button.parentElement.querySelector('pre') : null;
    if (!button || !pre) return;
    const text = pre.textContent || '';
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(() => copied(button), () => fallback(pre, button));
    else fallback(pre, button);
  });
})();
`.trim();

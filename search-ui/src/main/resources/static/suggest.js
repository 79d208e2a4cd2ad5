import { getJson } from './api.js';
import { h } from './dom.js';
import { formatNumber, t } from './i18n.js';

// Name suggestions under the search box, as an ARIA 1.2 combobox with a listbox popup: typing asks the server
// (debounced; only the newest answer is shown), ↓/↑ move through the names, Enter takes the highlighted name and
// searches, Escape closes. Focus stays in the box; the highlighted option is named by aria-activedescendant.

const DELAY_MS = 180;
const MIN_LENGTH = 2;
const LIMIT = 8;

/** Wires the suggestions of input into listbox; onPick(name) runs when a name is chosen. */
export function bindSuggestions(input, listbox, onPick) {
  let timer = 0;
  let request = 0;
  let options = [];
  let active = -1;

  function close() {
    request++;
    options = [];
    active = -1;
    listbox.hidden = true;
    listbox.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function highlight(index) {
    active = index;
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', options[index].id);
      options[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function pick(index) {
    const name = options[index]?.dataset.name;
    close();
    if (name) {
      input.value = name;
      onPick(name);
    }
  }

  async function ask(prefix) {
    const mine = ++request;
    const answer = await getJson(`/api/search/suggest?${new URLSearchParams({ prefix, limit: String(LIMIT) })}`);
    if (mine !== request || document.activeElement !== input) return;
    const names = answer.status === 200 ? answer.data ?? [] : [];
    if (names.length === 0) {
      close();
      return;
    }
    options = names.map((suggestion, i) =>
      h(
        'li',
        { id: `q-suggestion-${i}`, role: 'option', 'aria-selected': 'false', class: 'suggestion', dataset: { name: suggestion.name } },
        h('span', { class: 'suggestion-name' }, suggestion.name),
        h('span', { class: 'suggestion-count' }, t('suggest.count', { n: formatNumber(suggestion.count) })),
      ),
    );
    options.forEach((option, i) => {
      // mousedown, not click: the box must not lose focus (and close the list) before the choice is made.
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        pick(i);
      });
    });
    active = -1;
    listbox.replaceChildren(...options);
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const prefix = input.value.normalize('NFC').trim();
    // Fielded queries ("ho ten: …", "ma: …") are not names; suggesting for them would only distract.
    if (prefix.length < MIN_LENGTH || prefix.includes(':')) {
      close();
      return;
    }
    timer = setTimeout(() => ask(prefix), DELAY_MS);
  });

  input.addEventListener('keydown', (event) => {
    const open = !listbox.hidden && options.length > 0;
    if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      highlight((active + 1) % options.length);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      highlight(active <= 0 ? options.length - 1 : active - 1);
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter') {
      clearTimeout(timer);
      close();
    }
  });

  input.addEventListener('blur', () => {
    clearTimeout(timer);
    close();
  });

  return { close };
}

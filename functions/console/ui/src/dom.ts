/** A tiny element builder. Text always goes in as text nodes, never as HTML: list data cannot inject markup. */

export type Child = Node | string | number | null | undefined | false | Child[];
export type Attrs = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === 'function') element.addEventListener(key.replace(/^on/, '').toLowerCase(), value);
    else if (value === true) element.setAttribute(key, '');
    else element.setAttribute(key, String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces an element's content. */
export function fill(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** Says something to screen readers through the page's polite live region. */
export function announce(text: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  setTimeout(() => (region.textContent = text), 50);
}

/** A labelled form control: the label wraps its text, an optional hint and the control. */
export function field(label: string, control: HTMLElement, hint?: string, className?: string): HTMLLabelElement {
  if (hint) {
    const hintId = `${control.id || control.getAttribute('name') || 'field'}-hint`;
    control.setAttribute('aria-describedby', hintId);
    return h('label', { class: className }, label, h('span', { class: 'hint', id: hintId }, hint), control);
  }
  return h('label', { class: className }, label, control);
}

export function select(name: string, options: [string, string][], value: string | undefined, attrs: Attrs = {}): HTMLSelectElement {
  return h('select', { name, ...attrs }, options.map(([optionValue, text]) => h('option', { value: optionValue, selected: optionValue === (value ?? '') }, text)));
}

export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of new FormData(form)) if (typeof value === 'string') values[key] = value.trim();
  return values;
}

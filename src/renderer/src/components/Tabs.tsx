import { useRef, type KeyboardEvent } from 'react';

export type TabItem<K extends string> = { key: K; label: string };

type Props<K extends string> = {
  label: string;
  idPrefix: string;
  items: readonly TabItem<K>[];
  selected: K;
  onSelect: (key: K) => void;
};

export const tabId = (prefix: string, key: string) => `${prefix}-tab-${key}`;
export const panelId = (prefix: string, key: string) => `${prefix}-panel-${key}`;

/** WAI-ARIA tabs: one tab stop, arrows/Home/End move and activate (the panels are cheap to switch). */
export function Tabs<K extends string>({ label, idPrefix, items, selected, onSelect }: Props<K>) {
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const onKeyDown = (e: KeyboardEvent) => {
    const i = items.findIndex((it) => it.key === selected);
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % items.length
        : e.key === 'ArrowLeft'
          ? (i - 1 + items.length) % items.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? items.length - 1
              : -1;
    const item = items[next];
    if (next < 0 || item === undefined) return;
    e.preventDefault();
    onSelect(item.key);
    refs.current.get(item.key)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className="tabs" onKeyDown={onKeyDown}>
      {items.map((it) => (
        <button
          key={it.key}
          ref={(el) => {
            if (el) refs.current.set(it.key, el);
            else refs.current.delete(it.key);
          }}
          type="button"
          className="tab"
          role="tab"
          id={tabId(idPrefix, it.key)}
          aria-selected={it.key === selected}
          aria-controls={panelId(idPrefix, it.key)}
          tabIndex={it.key === selected ? 0 : -1}
          onClick={() => onSelect(it.key)}
        >
          {it.label}
        </button>
      ))}
    </div>
  );
}

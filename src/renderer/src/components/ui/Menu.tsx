import * as RadixMenu from '@radix-ui/react-dropdown-menu';
import type { ReactElement, ReactNode } from 'react';

type MenuProps = {
  /** The menu button (a <button>; Radix gives it aria-haspopup, aria-expanded and aria-controls). */
  trigger: ReactElement;
  /** The menu's own name (Radix would name it after the button). */
  label: string;
  children: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  align?: 'start' | 'end';
};

/**
 * A menu button and its menu (Radix DropdownMenu): arrow keys, Home/End and typeahead move between
 * items, Enter or Space chooses, Escape and a click or focus outside close it, focus goes back to the
 * button. Not modal: the rest of the window stays usable, as with any toolbar menu.
 */
export function Menu({ trigger, label, children, open, onOpenChange, align = 'start' }: MenuProps) {
  return (
    <RadixMenu.Root modal={false} open={open} onOpenChange={onOpenChange}>
      <RadixMenu.Trigger asChild>{trigger}</RadixMenu.Trigger>
      <RadixMenu.Portal>
        <RadixMenu.Content className="ui-menu" align={align} sideOffset={4} collisionPadding={8} aria-label={label} aria-labelledby={undefined} loop>
          {children}
        </RadixMenu.Content>
      </RadixMenu.Portal>
    </RadixMenu.Root>
  );
}

type ItemProps = { children: ReactNode; onSelect: () => void; disabled?: boolean; title?: string };

export const MenuItem = ({ children, onSelect, disabled, title }: ItemProps) => (
  <RadixMenu.Item className="ui-menu-item" onSelect={onSelect} disabled={disabled} title={title}>
    {children}
  </RadixMenu.Item>
);

/** A checkbox item that leaves the menu open, so the choice it sets can be used at once. */
export const MenuCheckboxItem = ({ children, checked, onChange, disabled }: { children: ReactNode; checked: boolean; onChange: (checked: boolean) => void; disabled?: boolean }) => (
  <RadixMenu.CheckboxItem
    className="ui-menu-item ui-menu-check"
    checked={checked}
    disabled={disabled}
    onCheckedChange={onChange}
    onSelect={(e) => e.preventDefault()}
  >
    {children}
  </RadixMenu.CheckboxItem>
);

export function MenuRadioGroup<V extends string>({ value, values, onChange, children }: { value: V; values: readonly V[]; onChange: (v: V) => void; children: ReactNode }) {
  return (
    <RadixMenu.RadioGroup
      value={value}
      onValueChange={(v) => {
        const chosen = values.find((k) => k === v);
        if (chosen !== undefined) onChange(chosen);
      }}
    >
      {children}
    </RadixMenu.RadioGroup>
  );
}

export const MenuRadioItem = ({ value, children }: { value: string; children: ReactNode }) => (
  <RadixMenu.RadioItem className="ui-menu-item ui-menu-radio" value={value} data-value={value}>
    {children}
  </RadixMenu.RadioItem>
);

export const MenuSeparator = () => <RadixMenu.Separator className="ui-menu-separator" />;

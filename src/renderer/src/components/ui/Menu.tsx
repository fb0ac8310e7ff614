import * as RadixMenu from '@radix-ui/react-dropdown-menu';
import { Check } from 'lucide-react';
import type { ReactNode } from 'react';

/**
 * A menu button and its menu (Radix: arrow keys, typeahead, Escape, focus returned to the button).
 * Items are `MenuItem`, `MenuRadioGroup`/`MenuRadioItem`, `MenuSeparator` and `MenuLabel`.
 */
export function Menu({ trigger, children, align = 'end', label }: { trigger: ReactNode; children: ReactNode; align?: 'start' | 'end'; label?: string }) {
  return (
    <RadixMenu.Root modal={false}>
      <RadixMenu.Trigger asChild>{trigger}</RadixMenu.Trigger>
      <RadixMenu.Portal>
        <RadixMenu.Content className="ui-menu" align={align} sideOffset={4} collisionPadding={8} aria-label={label}>
          {children}
        </RadixMenu.Content>
      </RadixMenu.Portal>
    </RadixMenu.Root>
  );
}

type ItemProps = { children: ReactNode; onSelect: () => void; disabled?: boolean; hint?: string; icon?: ReactNode };

export function MenuItem({ children, onSelect, disabled, hint, icon }: ItemProps) {
  return (
    <RadixMenu.Item className="ui-menu-item" onSelect={onSelect} disabled={disabled}>
      <span className="ui-menu-icon" aria-hidden="true">{icon}</span>
      <span className="ui-menu-text">{children}</span>
      {hint && <span className="ui-menu-hint">{hint}</span>}
    </RadixMenu.Item>
  );
}

export function MenuRadioGroup<V extends string>({ value, onChange, children }: { value: V; onChange: (v: V) => void; children: ReactNode }) {
  return (
    <RadixMenu.RadioGroup value={value} onValueChange={(v) => onChange(v as V)}>
      {children}
    </RadixMenu.RadioGroup>
  );
}

export function MenuRadioItem({ value, children }: { value: string; children: ReactNode }) {
  return (
    <RadixMenu.RadioItem className="ui-menu-item" value={value}>
      <span className="ui-menu-icon" aria-hidden="true">
        <RadixMenu.ItemIndicator>
          <Check size={16} />
        </RadixMenu.ItemIndicator>
      </span>
      <span className="ui-menu-text">{children}</span>
    </RadixMenu.RadioItem>
  );
}

export const MenuSeparator = () => <RadixMenu.Separator className="ui-menu-separator" />;
export const MenuLabel = ({ children }: { children: ReactNode }) => <RadixMenu.Label className="ui-menu-label">{children}</RadixMenu.Label>;

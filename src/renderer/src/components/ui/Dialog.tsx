import * as RadixDialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  /** One sentence under the title; read out when the dialog opens. */
  description?: string;
  children: ReactNode;
  /** The dialog's buttons, right-aligned under its content. */
  footer?: ReactNode;
  /** `wide` for a dialog with a preview (the export composer). */
  size?: 'normal' | 'wide';
};

/** A modal dialog (Radix: focus trapped and restored, Escape and the close button dismiss it). */
export function Dialog({ open, onOpenChange, title, description, children, footer, size = 'normal' }: Props) {
  const { t } = useTranslation();
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="ui-overlay" />
        <RadixDialog.Content className={`ui-dialog ui-dialog-${size}`} {...(description ? {} : { 'aria-describedby': undefined })}>
          <div className="ui-dialog-head">
            <RadixDialog.Title className="ui-dialog-title">{title}</RadixDialog.Title>
            <RadixDialog.Close className="ui-icon-button" aria-label={t('ui.close')}>
              <X size={18} aria-hidden="true" />
            </RadixDialog.Close>
          </div>
          {description && <RadixDialog.Description className="ui-dialog-description">{description}</RadixDialog.Description>}
          <div className="ui-dialog-body">{children}</div>
          {footer && <div className="ui-dialog-footer">{footer}</div>}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

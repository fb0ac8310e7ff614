import { useEffect, useRef, type ReactNode } from 'react';

type Props = { open: boolean; onClose: () => void; title: string; description: string; children: ReactNode; footer: ReactNode };

/**
 * A modal on the platform's <dialog> (showModal: the rest of the window inert, focus kept inside and
 * given back, Escape closes), styled as components/ui's Dialog. The Radix Dialog costs about 14 kB
 * gzip that the 300 kB renderer budget does not have room for yet (see the report of issue 20).
 */
export function CodeDialog({ open, onClose, title, description, children, footer }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="ui-dialog vc-dialog" aria-label={title} onClose={onClose}>
      <div className="ui-dialog-head">
        <h2 className="ui-dialog-title">{title}</h2>
      </div>
      <p className="ui-dialog-description">{description}</p>
      <div className="ui-dialog-body">{children}</div>
      <div className="ui-dialog-footer">{footer}</div>
    </dialog>
  );
}

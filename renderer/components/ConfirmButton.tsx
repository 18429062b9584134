// A button for a destructive action that asks first: it opens a ConfirmDialog (Cancel has the focus) and runs
// `onConfirm` only after the destructive choice. The one home of "button, open state, dialog" for the screens
// that need exactly that.

import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from './ConfirmDialog';

export interface ConfirmButtonProps {
  /** The button's text. */
  label: ReactNode;
  /** The dialog's heading, its body and the text of its destructive button. */
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm(): void;
  className?: string;
  disabled?: boolean;
  testId?: string;
}

export function ConfirmButton({
  label,
  title,
  children,
  confirmLabel,
  onConfirm,
  className = 'btn',
  disabled,
  testId,
}: ConfirmButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={className}
        disabled={disabled}
        onClick={() => setOpen(true)}
        data-testid={testId}
      >
        {label}
      </button>
      <ConfirmDialog
        open={open}
        title={title}
        confirmLabel={confirmLabel}
        onCancel={() => setOpen(false)}
        onConfirm={() => {
          setOpen(false);
          onConfirm();
        }}
      >
        {children}
      </ConfirmDialog>
    </>
  );
}

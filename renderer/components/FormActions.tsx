// The end of a short form: its submit button, off until the form can be sent, and Cancel.

export function FormActions(props: {
  className: string;
  submitLabel: string;
  canSubmit: boolean;
  submitTestId: string;
  cancelLabel: string;
  onCancel(): void;
}) {
  return (
    <div className={props.className}>
      <button type="submit" className="btn btn-primary" disabled={!props.canSubmit} data-testid={props.submitTestId}>
        {props.submitLabel}
      </button>
      <button type="button" className="btn" onClick={props.onCancel}>
        {props.cancelLabel}
      </button>
    </div>
  );
}

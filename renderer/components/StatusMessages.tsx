// A screen's error (announced at once) and its last success notice (announced politely), each shown only
// when there is one.

export function StatusMessages({
  error,
  notice,
  noticeTestId,
}: {
  error?: string | null;
  notice?: string | null;
  noticeTestId?: string;
}) {
  return (
    <>
      {error ? (
        <p className="error-box" role="alert">
          {error}
        </p>
      ) : null}
      {notice ? (
        <p className="notice" role="status" data-testid={noticeTestId}>
          {notice}
        </p>
      ) : null}
    </>
  );
}

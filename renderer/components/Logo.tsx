// Earshot's mark: an ear-like arc over sound bars, drawn inline (no image request).

export function Logo({ size = 24 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--accent)" />
      <path
        d="M9 17a7 7 0 1 1 14 0c0 3-2 4-3.5 5.5S18 25 16 25"
        fill="none"
        stroke="var(--accent-text)"
        strokeWidth="2.4"
        strokeLinecap="round"
      />
      <path d="M13 17a3 3 0 1 1 6 0" fill="none" stroke="var(--accent-text)" strokeWidth="2.2" strokeLinecap="round" />
    </svg>
  );
}

// Remembers a function's answer per text. Households repeat the same few hundred commands thousands of
// times, so per-text work (folding, tokenising, matching) is done once per distinct text; bounded, and
// cleared when full, so a library of only distinct texts costs no more memory than the bound.

const DEFAULT_MAX = 20_000;

export function memoByText<R>(compute: (text: string) => R, max = DEFAULT_MAX): (text: string) => R {
  const memo = new Map<string, R>();
  return (text) => {
    let answer = memo.get(text);
    if (answer === undefined && !memo.has(text)) {
      answer = compute(text);
      if (memo.size >= max) memo.clear();
      memo.set(text, answer);
    }
    return answer as R;
  };
}

// Electronegativity ships no types; this is the slice of its API the security gate uses.
declare module '@doyensec/electronegativity' {
  const run: (
    options: Record<string, unknown>,
  ) => Promise<{ issues: { id: string; file: string; location?: { line: number }; description: string }[] }>;
  export default run;
}

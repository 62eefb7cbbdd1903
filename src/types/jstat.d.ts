/**
 * The two jStat functions statlas uses (jstat ships no types). jstat's CommonJS export is the
 * jStat function object itself, so it is the default import.
 */
declare module 'jstat' {
  const jStat: {
    normal: { inv(p: number, mean: number, sd: number): number };
    chisquare: { inv(p: number, degreesOfFreedom: number): number };
  };
  export default jStat;
}

/**
 * Hatching for the evidence level, drawn over the class colour so it survives grayscale and
 * colour-vision deficiency: diagonal lines = statewide statement only, crossed = disputed,
 * dots = unknown. Ids match BASIS_PATTERN in domain/palette.ts.
 */
export function MapPatterns() {
  return (
    <defs>
      <pattern
        id="hatch-statewide"
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <line x1="0" y1="0" x2="0" y2="6" className="hatch-line" />
      </pattern>
      <pattern
        id="hatch-disputed"
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <line x1="0" y1="0" x2="0" y2="6" className="hatch-line" />
        <line x1="0" y1="0" x2="6" y2="0" className="hatch-line" />
      </pattern>
      <pattern id="hatch-unknown" width="5" height="5" patternUnits="userSpaceOnUse">
        <circle cx="2.5" cy="2.5" r="0.9" className="hatch-dot" />
      </pattern>
    </defs>
  );
}

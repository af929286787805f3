package dev.tiketi.bench;

/** One line of the report: what was measured, the numbers, the target and floor, and whether it held. */
record Row(String scenario, String measure, String value, String ceilingRatio, String target, String verdict) {
}

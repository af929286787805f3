package dev.tiketi.bench;

/**
 * One line of the report: what was measured, the numbers, what each operation cost the server (null where a
 * row has no operations of its own), the ratio to a ceiling, the target and floor, and whether it held.
 */
record Row(String scenario, String measure, String value, Meters.Cost cost, String ceilingRatio, String target, String verdict) {
    Row(String scenario, String measure, String value, String ceilingRatio, String target, String verdict) {
        this(scenario, measure, value, null, ceilingRatio, target, verdict);
    }
}

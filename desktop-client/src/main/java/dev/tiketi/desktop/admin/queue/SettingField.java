package dev.tiketi.desktop.admin.queue;

/**
 * The waiting room's numeric settings and the bounds the server accepts ({@code QueueSettings}'s constraints):
 * checked here first, so a form never sends what the server would refuse.
 */
public enum SettingField {
    THRESHOLD(1, 1_000_000),
    RATE(1, 1_000_000),
    IDLE_TIMEOUT(30, 86_400),
    ABANDON_TIMEOUT(15, 3_600);

    private final int min;
    private final int max;

    SettingField(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    /** Why {@code text} is not a value of this field, as a message key; null when it is one. */
    public String problem(String text) {
        Integer value = parse(text);
        if (text == null || text.isBlank()) {
            return "queueControl.field.missing";
        }
        if (value == null) {
            return "queueControl.field.notWhole";
        }
        return value < min || value > max ? "queueControl.field.range" : null;
    }

    /** The whole number in {@code text} (spaces and thousands separators allowed), or null. */
    public static Integer parse(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.strip().replace(",", "").replace(" ", "");
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(digits);
    }
}

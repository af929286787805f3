package dev.tiketi.desktop.seatmap;

import dev.tiketi.model.sales.SeatStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The seat map's colours, as {@code #rrggbb} strings so the rules are tested without JavaFX. Tiers take the
 * palette's colours in the event's tier order (first tier, first colour), cycling if there are more tiers than
 * colours. Status does not rely on colour: a seat that cannot be sold is drawn in greys or washed out, and
 * every status has its own pattern and letter ({@link #look}). Injected into {@link SeatMap} and
 * {@link SeatLegend}, so a kiosk can use {@link #highContrast()}.
 *
 * @param tiers       tier colours in order
 * @param neutral     a seat whose tier has no colour (not priced for this event, or no event)
 * @param watch       the dashed ring around a seat watched for a customer: no tier's colour, and dashed so it
 *                    reads without colour too
 * @param strokeScale outline width relative to the default
 */
public record SeatPalette(List<String> tiers, String neutral, String mine, String sold, String blocked, String unknown,
                          String selectedStroke, String focus, String background, String stage, String stageText,
                          String rowLabel, String sectionLabel, String accent, String watch, double strokeScale) {

    public SeatPalette {
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("a palette needs at least one tier colour");
        }
    }

    /**
     * Okabe and Ito's qualitative palette (without its black), which stays distinguishable for the common
     * kinds of colour blindness. Ordered so neighbouring tiers differ in lightness as well as hue.
     */
    public static SeatPalette okabeIto() {
        return new SeatPalette(List.of("#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7"),
                "#ffffff", "#1f2328", "#6b6b6b", "#d0d0d0", "#ececec", "#111111", "#000000", "#f6f7f9", "#2f3542",
                "#ffffff", "#57606a", "#24292f", "#1f6feb", "#7b1fa2", 1.0);
    }

    /** For a kiosk in daylight: IBM's colour-blind-safe set, black outlines twice as thick, black text on white. */
    public static SeatPalette highContrast() {
        return new SeatPalette(List.of("#ffb000", "#648fff", "#dc267f", "#fe6100", "#785ef0"),
                "#ffffff", "#000000", "#4d4d4d", "#bdbdbd", "#e0e0e0", "#000000", "#000000", "#ffffff", "#000000",
                "#ffffff", "#000000", "#000000", "#000000", "#000000", 2.0);
    }

    /** The colour of the tier at {@code index} in the event's tier list; a negative index is {@link #neutral()}. */
    public String tierColour(int index) {
        return index < 0 ? neutral : tiers.get(index % tiers.size());
    }

    /** Tier code → colour, by the order of the codes given (the event's tier order). */
    public Map<String, String> assign(List<String> tierCodes) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String code : tierCodes) {
            out.putIfAbsent(code, tierColour(out.size()));
        }
        return out;
    }

    /**
     * How a seat is drawn. {@code tierColour} null: the neutral colour. {@code status} null: not known yet (the
     * snapshot has not arrived): grey, "?", not takeable.
     */
    public SeatLook look(SeatStatus status, SeatLook.Role role, boolean accessible, String tierColour) {
        String tier = tierColour == null ? neutral : tierColour;
        SeatLook.Shape shape = accessible ? SeatLook.Shape.SQUARE : SeatLook.Shape.ROUND;
        if (role == SeatLook.Role.MINE) {
            // dark with a ring in the tier's colour: unmistakably this terminal's, and still showing the tier
            return new SeatLook(mine, tier, inkOn(mine), SeatLook.Pattern.RING, "✓", shape, false);
        }
        if (status == null) {
            return new SeatLook(unknown, "#b0b0b0", inkOn(unknown), SeatLook.Pattern.NONE, "?", shape, false);
        }
        return switch (status) {
            case AVAILABLE -> role == SeatLook.Role.SELECTED
                    ? new SeatLook(tier, selectedStroke, inkOn(tier), SeatLook.Pattern.RING, "•", shape, true)
                    : new SeatLook(tier, mix(tier, "#000000", 0.45), inkOn(tier), SeatLook.Pattern.NONE, "", shape, true);
            case HELD -> {
                String washed = mix(tier, "#ffffff", 0.55);
                yield new SeatLook(washed, mix(tier, "#000000", 0.55), inkOn(washed), SeatLook.Pattern.HATCH, "H", shape, false);
            }
            case SOLD -> new SeatLook(sold, "#2e2e2e", inkOn(sold), SeatLook.Pattern.CROSS, "S", shape, false);
            case BLOCKED -> new SeatLook(blocked, "#8a8a8a", inkOn(blocked), SeatLook.Pattern.CROSS, "×", shape, false);
        };
    }

    /** Black or white, whichever reads better on {@code fill} (WCAG relative luminance). */
    static String inkOn(String fill) {
        return luminance(fill) > 0.35 ? "#1a1a1a" : "#ffffff";
    }

    static double luminance(String hex) {
        int[] c = rgb(hex);
        double[] lin = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = c[i] / 255.0;
            lin[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    }

    /** {@code a} moved {@code t} of the way towards {@code b}. */
    static String mix(String a, String b, double t) {
        int[] x = rgb(a);
        int[] y = rgb(b);
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(x[0] + (y[0] - x[0]) * t),
                Math.round(x[1] + (y[1] - x[1]) * t), Math.round(x[2] + (y[2] - x[2]) * t));
    }

    private static int[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new int[] {(v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff};
    }
}

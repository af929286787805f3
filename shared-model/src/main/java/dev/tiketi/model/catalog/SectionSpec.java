package dev.tiketi.model.catalog;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * Input of the layout generator for one section: {@code rows} x {@code seatsPerRow} seats, labelled from
 * {@code firstRowLabel} ("A" gives A, B, ... Z, AA; "1" gives 1, 2, ...), straight or curved around the
 * stage. Seats are addressed as "ROW-NUMBER" (e.g. "C-7") in the blocked and accessible lists.
 * {@code offsetX}/{@code offsetY} place the section's front-left corner; null places it to the right of
 * the previous section.
 */
public record SectionSpec(
        @NotBlank @Pattern(regexp = "[A-Z0-9]{1,8}") String code,
        @NotBlank @Size(max = 80) String name,
        @Min(1) @Max(100) int rows,
        @Min(1) @Max(200) int seatsPerRow,
        @Pattern(regexp = "[A-Z]|[1-9]") String firstRowLabel,
        Boolean curved,
        @NotBlank @Pattern(regexp = "[A-Z0-9_]{1,32}") String tierCode,
        @Size(max = 100) Map<@Pattern(regexp = "[A-Z0-9]{1,4}") String, @Pattern(regexp = "[A-Z0-9_]{1,32}") String> rowTiers,
        @Size(max = 2000) List<@Pattern(regexp = "[A-Z0-9]{1,4}-[0-9]{1,3}") String> blockedSeats,
        @Size(max = 100) List<@Pattern(regexp = "[A-Z0-9]{1,4}") String> accessibleRows,
        @Size(max = 2000) List<@Pattern(regexp = "[A-Z0-9]{1,4}-[0-9]{1,3}") String> accessibleSeats,
        @DecimalMin("-1000") @DecimalMax("1000") Double offsetX,
        @DecimalMin("-1000") @DecimalMax("1000") Double offsetY) {

    public SectionSpec {
        rowTiers = rowTiers == null ? Map.of() : Map.copyOf(rowTiers);
        blockedSeats = blockedSeats == null ? List.of() : List.copyOf(blockedSeats);
        accessibleRows = accessibleRows == null ? List.of() : List.copyOf(accessibleRows);
        accessibleSeats = accessibleSeats == null ? List.of() : List.copyOf(accessibleSeats);
        firstRowLabel = firstRowLabel == null ? "A" : firstRowLabel;
        curved = curved != null && curved;
    }

    /** A plain section: one tier, straight rows, placed after the previous one. */
    public static SectionSpec simple(String code, String name, int rows, int seatsPerRow, String tierCode) {
        return new SectionSpec(code, name, rows, seatsPerRow, "A", false, tierCode, null, null, null, null, null, null);
    }
}

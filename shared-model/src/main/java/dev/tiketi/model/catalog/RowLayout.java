package dev.tiketi.model.catalog;

import java.util.List;

public record RowLayout(String label, List<SeatView> seats) {
}

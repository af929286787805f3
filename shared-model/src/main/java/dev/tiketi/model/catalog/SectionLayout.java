package dev.tiketi.model.catalog;

import java.util.List;

public record SectionLayout(long id, String code, String name, List<RowLayout> rows) {
}

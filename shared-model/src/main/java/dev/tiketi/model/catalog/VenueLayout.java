package dev.tiketi.model.catalog;

import java.util.List;

/** A venue's whole seat plan. The stage is the rectangle (stageX, stageY, stageWidth, stageDepth). */
public record VenueLayout(long venueId, String name, int seatCount, double stageX, double stageY,
                          double stageWidth, double stageDepth, List<SectionLayout> sections) {
}

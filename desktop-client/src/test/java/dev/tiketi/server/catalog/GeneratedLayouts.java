package dev.tiketi.server.catalog;

import dev.tiketi.model.catalog.LayoutGenerator;
import dev.tiketi.model.catalog.SectionSpec;
import dev.tiketi.model.catalog.VenueLayout;
import java.util.List;

/** A layout as the server's generator places it, without a database: for the desktop's seat map pictures. */
public final class GeneratedLayouts {
    private GeneratedLayouts() {
    }

    public static VenueLayout of(String name, List<SectionSpec> specs) {
        VenueLayout preview = LayoutGenerator.generate(specs).preview(name);
        return new VenueLayout(1, name, preview.seatCount(), preview.stageX(), preview.stageY(), preview.stageWidth(),
                preview.stageDepth(), preview.sections());
    }
}

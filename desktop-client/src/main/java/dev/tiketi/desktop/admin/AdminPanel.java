package dev.tiketi.desktop.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The admin tab: a column of sections on the left, the open section on the right. Sections are built on
 * first use so that signing in as an admin costs no more than signing in as a clerk.
 */
public final class AdminPanel implements AutoCloseable {
    private final List<AdminSection> sections;
    private final Map<AdminSection, Node> built = new LinkedHashMap<>();
    private final StackPane content = new StackPane();
    private final ToggleGroup nav = new ToggleGroup();
    private final BorderPane view = new BorderPane();
    private AdminSection current;
    private boolean showing;

    /** A panel on screen at once, its first section open (tests, and any window that shows only the panel). */
    public AdminPanel(List<AdminSection> sections) {
        this(sections, true);
    }

    /**
     * {@code showing} false: a panel behind a tab. Nothing is built, and no section polls, until
     * {@link #showing(boolean)} says the tab is selected; while it is not, the open section is taken out of the
     * scene, which stops its polling as leaving for another section does.
     */
    public AdminPanel(List<AdminSection> sections, boolean showing) {
        this.sections = List.copyOf(sections);
        VBox column = new VBox(4);
        column.setPadding(new Insets(8));
        column.getStyleClass().add("admin-nav");
        for (AdminSection s : this.sections) {
            ToggleButton b = new ToggleButton(s.title());
            b.setId("admin-" + s.id());
            b.setToggleGroup(nav);
            b.setMaxWidth(Double.MAX_VALUE);
            b.getStyleClass().add("admin-nav-button");
            b.setOnAction(e -> open(s));
            column.getChildren().add(b);
        }
        ScrollPane navScroll = new ScrollPane(column);
        navScroll.setFitToWidth(true);
        navScroll.setPrefWidth(190);
        view.setLeft(navScroll);
        view.setCenter(content);
        VBox.setVgrow(content, Priority.ALWAYS);
        view.setId("adminPanel");
        current = this.sections.isEmpty() ? null : this.sections.get(0);
        showing(showing);
    }

    /** Whether the panel is on screen (its tab selected). */
    public void showing(boolean on) {
        showing = on;
        if (on && current != null) {
            open(current);
        } else if (!on) {
            content.getChildren().clear();
        }
    }

    public Node view() {
        return view;
    }

    public List<AdminSection> sections() {
        return sections;
    }

    /** Opens a section by id (tests, and links from one section to another such as "kill seats" from an event). */
    public void open(String id) {
        sections.stream().filter(s -> s.id().equals(id)).findFirst().ifPresent(this::open);
    }

    private void open(AdminSection s) {
        current = s;
        nav.getToggles().stream().filter(t -> ((ToggleButton) t).getId().equals("admin-" + s.id())).findFirst()
                .ifPresent(t -> t.setSelected(true));
        if (!showing) {
            return;
        }
        Node node = built.computeIfAbsent(s, AdminSection::view);
        content.getChildren().setAll(node);
        s.shown();
    }

    @Override
    public void close() {
        built.keySet().forEach(AdminSection::close);
    }
}

package dev.tiketi.desktop;

import javafx.application.Application;

/**
 * The main class. It does not extend {@link Application}, so the terminal runs from a plain class path
 * (and a jpackage image) without JavaFX being on the module path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(TiketiApp.class, args);
    }
}

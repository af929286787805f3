package dev.tiketi.desktop;

import java.util.List;
import javafx.application.Application;

/**
 * The main class. It does not extend {@link Application}, so the terminal runs from a plain class path
 * (and a jpackage image) without JavaFX being on the module path; and {@code --help} answers before any
 * window system is touched, so it works over SSH and in scripts.
 */
public final class Launcher {
    private Launcher() {
    }

    static final String USAGE = """
            Tiketi desktop terminal: the box-office counter (clerks, admins) and the self-service kiosk.

            Usage: java -jar tiketi-desktop.jar [options]      (or ./tiketi client [options])

              --server=URL       the Tiketi server, e.g. http://box-office.local:8080 (remembered)
              --terminal=NAME    this terminal's name, e.g. counter-1 (remembered; ASCII letters, digits, . _ - and spaces)
              --user=NAME        fill in the user name; with TIKETI_CLIENT_PASSWORD set, sign in at once
              --demo             sign in as the demo clerk, or with --user=kiosk as the demo kiosk (the demo
                                 server's documented password)
              --kiosk-idle=SEC   a kiosk asks "still there?" after SEC seconds without a touch (15-3600,
                                 default 60; remembered), then starts over 20 s later
              -h, --help         print this and exit

            Keys: F1 in the terminal lists every key. The role that signs in picks the screen. A kiosk account
            gets the full-screen kiosk; Ctrl+Alt+Shift+K and the kiosk account's password leave it.
            """;

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(USAGE);
            return;
        }
        Application.launch(TiketiApp.class, args);
    }
}

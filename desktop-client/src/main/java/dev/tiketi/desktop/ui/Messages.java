package dev.tiketi.desktop.ui;

import dev.tiketi.desktop.api.ApiException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The text a person reads, in Korean or English (resource bundles {@code messages_ko} / {@code messages}).
 * Server refusals become a short sentence chosen by the problem's stable code; no stack trace or raw detail
 * ever reaches the screen.
 */
public final class Messages {
    public static final String BUNDLE = "dev.tiketi.desktop.messages";
    /** The currency of amounts that carry none of their own (a drawer's float): the venue's, Korean won. */
    public static final String HOUSE_CURRENCY = "KRW";

    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    /** Korean when the system speaks Korean, else English. */
    public static Locale defaultLocale() {
        return Locale.getDefault().getLanguage().equals("ko") ? Locale.KOREAN : Locale.ENGLISH;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }

    public String text(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A failure as one short sentence for the screen. */
    public String problem(Throwable failure) {
        if (failure instanceof ApiException e) {
            String key = "problem." + e.code();
            return bundle.containsKey(key) ? bundle.getString(key) : text("problem.other", e.status());
        }
        return text("problem.unexpected");
    }

    public String money(long amount, String currency) {
        java.text.NumberFormat f = java.text.NumberFormat.getIntegerInstance(locale());
        return f.format(amount) + ("KRW".equals(currency) ? (locale().getLanguage().equals("ko") ? "원" : " KRW") : " " + currency);
    }
}

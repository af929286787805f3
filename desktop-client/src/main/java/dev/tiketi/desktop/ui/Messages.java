package dev.tiketi.desktop.ui;

import dev.tiketi.desktop.api.ApiException;
import dev.tiketi.model.common.HouseCurrency;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The text a person reads, in Korean or English (resource bundles {@code messages_ko} / {@code messages}), with
 * money and times formatted one way for every screen. Server refusals become a short sentence chosen by the
 * problem's stable code; no stack trace or raw detail ever reaches the screen.
 */
public final class Messages {
    public static final String BUNDLE = "dev.tiketi.desktop.messages";

    private final ResourceBundle bundle;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;
    private final DateTimeFormatter timeSeconds;
    private final ZoneId zone;

    /** Times in this machine's zone: a terminal stands at the venue. */
    public Messages(Locale locale) {
        this(locale, ZoneId.systemDefault());
    }

    public Messages(Locale locale, ZoneId zone) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale()).withZone(zone);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale());
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale()).withZone(zone);
        this.timeSeconds = DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(locale()).withZone(zone);
        this.zone = zone;
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
            if (e.unreachable()) {
                return text("problem.UNREACHABLE");
            }
            // a code this client does not know (a newer server) reads as a plain refusal
            return e.error().map(code -> "problem." + code.name()).filter(bundle::containsKey).map(bundle::getString)
                    .orElseGet(() -> text("problem.other", e.status()));
        }
        return text("problem.unexpected");
    }

    /**
     * An amount in whole units of {@code currency} (an ISO 4217 code) the way this locale writes it. For won both
     * languages give "₩300,000", no fraction: that is how Korean card slips, POS receipts and price boards print
     * it, and the clerk reads out the same figure the card terminal shows; an English-speaking customer reads it
     * too, where "300,000원" would need Korean. Other currencies keep their own sign and cents ("$120.00").
     */
    public String money(long amount, String currency) {
        // a payload without a currency is an old server's: those only ever sold in the house currency
        return money(amount, currency == null ? HouseCurrency.CURRENCY : Currency.getInstance(currency));
    }

    public String money(long amount, Currency currency) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale());
        f.setCurrency(currency);
        f.setMinimumFractionDigits(Math.max(0, currency.getDefaultFractionDigits()));
        f.setMaximumFractionDigits(Math.max(0, currency.getDefaultFractionDigits()));
        return f.format(amount);
    }

    /** Cash in the drawer: floats, counts and cash-up totals, which are in the house currency. */
    public String cash(long amount) {
        return money(amount, HouseCurrency.CURRENCY);
    }

    /** The one date-and-time style of every screen (e.g. "Jan 1, 2027, 7:30 PM", "2027. 1. 1. 오후 7:30"); "—" for none. */
    public String dateTime(Instant at) {
        return at == null ? "—" : dateTime.format(at);
    }

    /** A day on its own (report ranges, date pickers): "Jan 1, 2027", "2027. 1. 1.". */
    public String date(java.time.LocalDate day) {
        return day == null ? "—" : date.format(day);
    }

    /** A day typed the way {@link #date} writes it (date pickers); null when it is not one. */
    public java.time.LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text.strip(), date);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The time of day alone (chart axes, countdown ends, audit rows of today): "7:30 PM", "오후 7:30". */
    public String time(Instant at) {
        return at == null ? "—" : time.format(at);
    }

    /** The time of day to the second, for the live charts' axes over a short span: "7:30:15 PM", "오후 7:30:15". */
    public String timeSeconds(Instant at) {
        return at == null ? "—" : timeSeconds.format(at);
    }

    /** The zone every date and time on screen is in: the venue's, where the terminal stands. */
    public ZoneId zone() {
        return zone;
    }
}

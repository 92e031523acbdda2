package ee.hankevoog.document;

import java.util.Locale;

/** File sizes as people read them. */
public final class Sizes {

    private Sizes() {
    }

    public static String readable(long bytes) {
        return readable(bytes, Locale.ROOT);
    }

    /** With the decimal separator of {@code locale}: a comma on an Estonian page. */
    public static String readable(long bytes, Locale locale) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(locale, "%.1f kB", bytes / 1024.0);
        }
        return String.format(locale, "%.1f MB", bytes / (1024.0 * 1024));
    }
}

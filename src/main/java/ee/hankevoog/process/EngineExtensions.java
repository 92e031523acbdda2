package ee.hankevoog.process;

import java.util.ArrayList;
import java.util.List;

/**
 * The engine's lists of custom parse listeners and command interceptors start as null, and several of Hankevoog's
 * plugins add to each: every plugin adds to what the others set before it instead of replacing it.
 */
public final class EngineExtensions {

    private EngineExtensions() {
    }

    /** {@code existing} (null when no plugin set it yet) with {@code added} after it. */
    public static <T> List<T> appended(List<T> existing, T added) {
        List<T> all = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        all.add(added);
        return all;
    }

    /** {@code existing} (null when no plugin set it yet) with {@code added} before it: the outermost interceptor. */
    public static <T> List<T> prepended(List<T> existing, T added) {
        List<T> all = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        all.add(0, added);
        return all;
    }
}

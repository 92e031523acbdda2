package ee.hankevoog.participant;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A registration's status as JUHAN exports it, in Estonian or English. */
enum JuhanStatus {
    REGISTERED("Registreeritud", "Registered"),
    WAITING_LIST("Ootenimekirjas", "Waiting list", "On waiting list"),
    CANCELLED("Tühistatud", "Cancelled", "Canceled"),
    NOT_COMPLETED("Mitte-lõpetatud", "Not completed"),
    COMPLETED("Lõpetatud", "Completed");

    private final List<String> words;

    JuhanStatus(String... words) {
        this.words = List.of(words);
    }

    /** Whether the registration takes part in the training: not cancelled, not waiting for a place. */
    boolean takesPart() {
        return this != WAITING_LIST && this != CANCELLED;
    }

    static Optional<JuhanStatus> of(String text) {
        String word = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(status -> status.words.stream().anyMatch(w -> w.toLowerCase(Locale.ROOT).equals(word)))
                .findFirst();
    }

    static String known() {
        return String.join(", ", Arrays.stream(values()).map(status -> status.words.get(0)).toList());
    }
}

package ee.hankevoog.audit;

import java.time.LocalDate;

/**
 * Which history entries to show: from and to are days (both included), person an actor's user id, group a group
 * code; a null criterion lets every entry through.
 */
public record HistoryFilter(LocalDate from, LocalDate to, String person, String group) {

    boolean matches(HistoryEntry entry) {
        LocalDate day = entry.time().toLocalDate();
        return (from == null || !day.isBefore(from))
                && (to == null || !day.isAfter(to))
                && (person == null || person.equalsIgnoreCase(entry.actor()))
                && (group == null || group.equalsIgnoreCase(entry.group()));
    }
}

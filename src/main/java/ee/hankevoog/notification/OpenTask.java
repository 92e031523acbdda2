package ee.hankevoog.notification;

import java.time.LocalDate;

/** The open user task a reminder or escalation is about. */
record OpenTask(String id, String key, String name, LocalDate due) {
}

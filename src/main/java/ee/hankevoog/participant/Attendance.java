package ee.hankevoog.participant;

import org.springframework.data.relational.core.mapping.Table;

/** A participant on one training day. */
@Table("participant_attendance")
record Attendance(boolean present) {
}

package ee.hankevoog.participant;

/** Where a participant stands: registered until the records decide, or cancelled in JUHAN. */
public enum ParticipantStatus {
    REGISTERED, COMPLETED, NOT_COMPLETED, CANCELLED
}

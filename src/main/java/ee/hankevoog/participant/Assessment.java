package ee.hankevoog.participant;

/** The assessment after the last training day. */
public enum Assessment {
    PASSED, NOT_PASSED
}

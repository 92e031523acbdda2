package ee.hankevoog.participant;

/** One registration read from a JUHAN export; no personal identification code, ever. */
record RosterRow(int row, String juhanId, String firstName, String lastName, String email, String workplace,
        JuhanStatus status) {
}

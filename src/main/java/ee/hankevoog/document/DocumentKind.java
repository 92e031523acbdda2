package ee.hankevoog.document;

/** What a stored file is to the contract. */
public enum DocumentKind {
    /** Training materials a trainer delivered to the contact person. */
    MATERIAL,
    /** A handover-acceptance act of one group, as prepared for the officer. */
    HANDOVER_ACT,
    /** A group's outcome for JUHAN as it was when its act was accepted: what the officer set in JUHAN. */
    JUHAN_EXPORT,
    /** A training day's attendance sheet as the participants signed it on paper, scanned. */
    ATTENDANCE_SHEET
}

package ee.hankevoog.document;

/** What a stored file is to the contract. */
public enum DocumentKind {
    /** Training materials a trainer delivered to the contact person. */
    MATERIAL,
    /** A handover-acceptance act of one group, as prepared for the officer. */
    HANDOVER_ACT
}

package ee.hankevoog.document;

/** Where a stored file is in its life; only an accepted act outlives the deletion of digital material. */
public enum DocumentStatus {
    STORED, DRAFT, RETURNED, ACCEPTED, DELETED
}

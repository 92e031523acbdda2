package ee.hankevoog.audit;

/** What an audit record tells. */
public enum AuditKind {
    CONTRACT_REGISTERED, TASK_COMPLETED, GROUP_CANCELLED, EMAIL_QUEUED, EMAIL_SENT, EMAIL_FAILED, MATERIALS_DELIVERED,
    DOCUMENT_DELETED
}

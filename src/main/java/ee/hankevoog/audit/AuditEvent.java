package ee.hankevoog.audit;

/** What happened, as it goes into the chain; {@code details} is JSON text. */
record AuditEvent(String contractNumber, AuditKind kind, String actor, String groupCode, String taskKey,
        String taskName, String summary, String details) {
}

package ee.hankevoog.contract;

/**
 * The customer cancelled a group through Hankevoog's API or page, not in a task: published inside the cancelling
 * transaction, so that the audit record commits or rolls back with it.
 *
 * @param registeredParticipants the registrations the cancellation rests on; null when not given
 */
public record GroupCancelled(String contractNumber, String groupCode, String reason, Integer registeredParticipants,
        String cancelledBy) {
}

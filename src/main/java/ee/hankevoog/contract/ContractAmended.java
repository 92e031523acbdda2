package ee.hankevoog.contract;

/**
 * A change of a running contract, published inside the changing transaction so that its audit record and its
 * e-mails commit or roll back with it.
 *
 * @param groupCode the group changed; null for a change of the whole contract
 * @param what what changed, such as "training days" or "trainers"
 * @param before and {@code after}: the changed part as it was and as it is, in words a reader of the history checks
 * @param exception an exception to a rule the change needed and the customer confirmed; null when none
 * @param revision the contract's revision after the change
 */
public record ContractAmended(String contractNumber, String groupCode, String what, String before, String after,
        String reason, String exception, String amendedBy, int revision) {
}

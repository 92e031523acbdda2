package ee.hankevoog.contract;

/**
 * A contract was stored and its lifecycle is starting. Published inside the registering transaction, so a
 * synchronous listener's writes commit or roll back with the contract.
 */
public record ContractRegistered(Contract contract) {
}

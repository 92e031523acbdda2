package ee.hankevoog.contract;

public enum ContractState {
    RUNNING, CLOSED
}

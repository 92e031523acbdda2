package ee.hankevoog.contract;

public class ContractNotRunning extends RuntimeException {

    public ContractNotRunning(String number, ContractState state) {
        super("Contract " + number + " is " + state + "; interim meetings can only be called while it runs.");
    }
}

package ee.hankevoog.contract;

/** A group code the contract does not have. */
public class UnknownGroup extends RuntimeException {

    public UnknownGroup(Contract contract, String code) {
        super("Contract " + contract.number() + " has no group " + code + "; its groups are "
                + contract.groupCodes() + ".");
    }
}

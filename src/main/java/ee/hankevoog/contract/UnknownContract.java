package ee.hankevoog.contract;

public class UnknownContract extends RuntimeException {

    public UnknownContract(String number) {
        super("No contract numbered " + number + ".");
    }
}

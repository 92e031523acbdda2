package ee.hankevoog.contract;

public class DuplicateContract extends RuntimeException {

    public DuplicateContract(String number) {
        super("A contract numbered " + number + " already exists; choose another number or open the existing one.");
    }
}

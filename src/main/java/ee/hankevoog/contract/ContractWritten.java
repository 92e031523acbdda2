package ee.hankevoog.contract;

/** A contract's rows were written past its aggregate's save (by {@link GroupProgress}): what follows a save follows. */
public record ContractWritten(String number) {
}

package ee.hankevoog.training;

/** A step the contract or a group cannot take from where it is: twice, or out of order. */
public class TransitionRefused extends IllegalStateException {

    public TransitionRefused(String message) {
        super(message);
    }
}

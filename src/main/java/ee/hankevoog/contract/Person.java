package ee.hankevoog.contract;

/** A named person with an e-mail address: the customer's contact person. */
public record Person(String name, String email) {
}

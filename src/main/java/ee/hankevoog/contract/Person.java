package ee.hankevoog.contract;

import org.springframework.data.relational.core.mapping.Table;

/** A named person with an e-mail address: the customer's contact person or a trainer. */
@Table("trainer")
public record Person(String name, String email) {
}

package ee.hankevoog.contract;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A trainer named on the contract.
 *
 * @param userId their Camunda user, who gets the contract's trainer tasks; null while they have no account
 */
@Table("trainer")
public record Trainer(String name, String email, @Column("user_id") String userId) {

    public Trainer withUser(String user) {
        return new Trainer(name, email, user);
    }
}

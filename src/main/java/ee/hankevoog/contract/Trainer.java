package ee.hankevoog.contract;

import java.time.LocalDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A trainer named on the contract, now or before: a trainer who leaves stays on record, so that a trainer's own
 * tasks and deadlines keep naming the same person by position.
 *
 * @param userId their Camunda user, who gets the contract's trainer tasks; null while they have no account
 * @param joinedOn the day a trainer joined a running contract; null for those named at registration
 * @param leftOn the day a trainer was replaced or removed; null while they train
 */
@Table("trainer")
public record Trainer(String name, String email, @Column("user_id") String userId, LocalDate joinedOn,
        LocalDate leftOn) {

    @PersistenceCreator
    public Trainer {
    }

    public Trainer(String name, String email, String userId) {
        this(name, email, userId, null, null);
    }

    public Trainer withUser(String user) {
        return new Trainer(name, email, user, joinedOn, leftOn);
    }

    public boolean trains() {
        return leftOn == null;
    }

    boolean sameAs(Trainer other) {
        return email.equalsIgnoreCase(other.email());
    }

    Trainer joined(LocalDate on) {
        return new Trainer(name, email, userId, on, null);
    }

    Trainer left(LocalDate on) {
        return new Trainer(name, email, userId, joinedOn, on);
    }
}

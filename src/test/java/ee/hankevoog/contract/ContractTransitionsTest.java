package ee.hankevoog.contract;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ee.hankevoog.TestContracts;
import ee.hankevoog.training.TrainingGroup;
import ee.hankevoog.training.TransitionRefused;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The aggregate guards its own steps: none twice, none out of order, whoever asks. */
class ContractTransitionsTest {

    private final Contract contract = TestContracts.reference("CT-1");
    private final TrainingGroup w1 = contract.group("W1");

    @Test
    void completesOnlyAConfirmedGroupAndOnlyOnce() {
        assertThatThrownBy(w1::complete).isInstanceOf(TransitionRefused.class).hasMessageContaining("PLANNED");
        w1.confirmDays();
        w1.complete();

        assertThatThrownBy(w1::complete).isInstanceOf(TransitionRefused.class).hasMessageContaining("COMPLETED");
        assertThatThrownBy(() -> w1.cancel(TestContracts.SIGNED_ON, "late")).isInstanceOf(TransitionRefused.class);
    }

    @Test
    void closesOnlyWhenEveryGroupIsOverAndOnlyOnce() {
        LocalDate today = LocalDate.parse("2026-12-31");
        assertThatThrownBy(() -> contract.close(today)).isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("[W1, L1, W2, L2]");

        for (TrainingGroup group : contract.groups()) {
            group.confirmDays();
            group.complete();
        }
        contract.close(today);

        assertThatThrownBy(() -> contract.close(today)).isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("CLOSED already");
    }
}

package ee.hankevoog.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import ee.hankevoog.HankevoogTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@HankevoogTest
class PerTransactionTest {

    private static final String KEY = PerTransactionTest.class.getName();

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aTransactionOfItsOwnStartedMeanwhileHasItsOwnValueAndTheFirstGetsItsBack() {
        TransactionTemplate outer = new TransactionTemplate(transactions);
        TransactionTemplate own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        List<Optional<List<String>>> seen = new ArrayList<>();

        outer.executeWithoutResult(status -> {
            PerTransaction.value(KEY, ArrayList<String>::new).orElseThrow().add("outer");
            own.executeWithoutResult(inner -> {
                seen.add(PerTransaction.existing(KEY));
                PerTransaction.value(KEY, ArrayList<String>::new).orElseThrow().add("inner");
            });
            seen.add(PerTransaction.existing(KEY));
        });

        assertThat(seen.get(0)).isEmpty();
        assertThat(seen.get(1)).contains(List.of("outer"));
        assertThat(PerTransaction.existing(KEY)).isEmpty();
    }
}

package ee.hankevoog.transaction;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value kept for the current transaction only: made at its first use, handed over just before the transaction
 * commits, dropped when it ends however it ends. Outside a transaction there is none.
 */
public final class PerTransaction {

    private PerTransaction() {
    }

    /** The transaction's value under {@code key}, made by {@code create} at the first call of the transaction. */
    public static <T> Optional<T> value(String key, Supplier<T> create) {
        return value(key, create, value -> {
        });
    }

    /** As {@link #value(String, Supplier)}, and {@code beforeCommit} receives the value before the commit. */
    @SuppressWarnings("unchecked")
    public static <T> Optional<T> value(String key, Supplier<T> create, Consumer<T> beforeCommit) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return Optional.empty();
        }
        T value = (T) TransactionSynchronizationManager.getResource(key);
        if (value == null) {
            T created = create.get();
            TransactionSynchronizationManager.bindResource(key, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    beforeCommit.accept(created);
                }

                // a transaction of its own started meanwhile (REQUIRES_NEW) starts without this one's values
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(key, created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
            value = created;
        }
        return Optional.of(value);
    }

    /** The value under {@code key} if this transaction has made one. */
    @SuppressWarnings("unchecked")
    public static <T> Optional<T> existing(String key) {
        return Optional.ofNullable((T) TransactionSynchronizationManager.getResource(key));
    }
}

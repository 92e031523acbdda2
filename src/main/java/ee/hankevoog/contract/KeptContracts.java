package ee.hankevoog.contract;

import ee.hankevoog.training.TrainingGroup;
import java.lang.reflect.Modifier;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.objenesis.Objenesis;
import org.springframework.objenesis.ObjenesisStd;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.ReflectionUtils;

/**
 * The contracts as this node last read them, kept across transactions. Reading a contract's aggregate takes three
 * statements and one more a group (the contract, its trainers, its groups, each group's days); checking that the
 * kept one is current takes one, its version, which every save of the aggregate raises on whichever node saves it.
 * Each reader gets a copy of its own, so a contract changed and not saved changes nobody else's. Only what was read
 * in a transaction that then committed is kept: a contract read after its reader's own save would otherwise
 * outlive a rollback, under a version number that a later save gives to other data. A write to the contract tables
 * past the aggregate (a migration, an operator's SQL) must raise the version as a save does
 * ({@code MigrationsRaiseContractVersionTest} holds the migrations to it).
 */
@Component
class KeptContracts {

    /** Enough for every running contract of a large office; the least recently read goes first. */
    private static final int CONTRACTS = 5_000;
    private static final Objenesis INSTANTIATOR = new ObjenesisStd(true);

    private final ContractRepository contracts;
    private final JdbcTemplate jdbc;
    private final Map<String, Contract> kept = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Contract> eldest) {
            return size() > CONTRACTS;
        }
    };

    KeptContracts(ContractRepository contracts, JdbcTemplate jdbc) {
        this.contracts = contracts;
        this.jdbc = jdbc;
    }

    Optional<Contract> read(String number) {
        // the id too: a contract removed and registered again under its number would start its versions again
        Optional<Stamp> stamp = jdbc.query("select id, version from contract where number = ?",
                (row, i) -> new Stamp(row.getLong(1), row.getInt(2)), number).stream().findFirst();
        if (stamp.isEmpty()) {
            return Optional.empty();
        }
        Contract known;
        synchronized (kept) {
            known = kept.get(number);
        }
        if (known != null && stamp.get().equals(new Stamp(known.id(), known.version()))) {
            return Optional.of(copy(known));
        }
        Optional<Contract> read = contracts.findByNumber(number);
        read.map(KeptContracts::copy).ifPresent(this::keepOnCommit);
        return read;
    }

    private record Stamp(Long id, Integer version) {
    }

    /**
     * A saved contract, with the version its save gave it, is what the next reader would read: kept as it is, the
     * read after a change needs only the version check. The many steps that change a contract would read it whole
     * again otherwise.
     */
    void saved(Contract contract) {
        keepOnCommit(copy(contract));
    }

    private void keepOnCommit(Contract contract) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            keep(contract);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                keep(contract);
            }
        });
    }

    private void keep(Contract contract) {
        synchronized (kept) {
            kept.merge(contract.number(), contract, (older, newer) -> newer.version() >= older.version() ? newer
                    : older);
        }
    }

    /**
     * A copy as deep as the aggregate is mutable: its lists and its groups are new, the rest (text, dates, numbers,
     * records, enums) is immutable and shared. Field by field, so that a field added later is copied too; a field of
     * another kind (a set, a map, a mutable object) fails here until this copies it.
     */
    @SuppressWarnings("unchecked")
    static <T> T copy(T source) {
        T copy = (T) INSTANTIATOR.newInstance(source.getClass());
        ReflectionUtils.doWithFields(source.getClass(), field -> {
            ReflectionUtils.makeAccessible(field);
            Object value = field.get(source);
            if (value instanceof List<?> list) {
                List<Object> copied = new ArrayList<>(list.size());
                list.forEach(item -> copied.add(item instanceof TrainingGroup group ? copy(group) : immutable(item,
                        field.getName())));
                value = copied;
            } else {
                immutable(value, field.getName());
            }
            field.set(copy, value);
        }, field -> !Modifier.isStatic(field.getModifiers()));
        return copy;
    }

    private static Object immutable(Object value, String field) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof Record || value instanceof Temporal) {
            return value;
        }
        throw new IllegalStateException("KeptContracts cannot share " + field + " (" + value.getClass().getName()
                + ") between readers: copy it in KeptContracts.copy");
    }
}

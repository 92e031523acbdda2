package ee.hankevoog.contract;

import ee.hankevoog.calendar.WorkingDays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads a contract for the process models' expressions ({@code ${contracts.groupCodes(contractNumber)}}),
 * so that the engine keeps only the contract number and the contract tables stay the one source of data.
 * One process step evaluates a dozen such expressions (candidates, due dates, timers, loops) on the same
 * contract, so within a transaction the contract is read once and kept until the transaction ends or the
 * contract is saved.
 */
@Component("contracts")
public class ContractLookup {

    private static final String READ = ContractLookup.class.getName() + ".read";

    private final ContractRepository contracts;
    private final WorkingDays workingDays;

    ContractLookup(ContractRepository contracts, WorkingDays workingDays) {
        this.contracts = contracts;
        this.workingDays = workingDays;
    }

    public Contract get(String number) {
        return find(number).orElseThrow(() -> new NoSuchElementException("No contract " + number));
    }

    public Optional<Contract> find(String number) {
        Map<String, Contract> read = readInThisTransaction();
        if (read == null) {
            return contracts.findByNumber(number);
        }
        Contract contract = read.get(number);
        if (contract == null) {
            contract = contracts.findByNumber(number).orElse(null);
            if (contract != null) {
                read.put(number, contract);
            }
        }
        return Optional.ofNullable(contract);
    }

    @EventListener
    @SuppressWarnings("unchecked")
    void saved(AfterSaveEvent<?> event) {
        Map<String, Contract> read = (Map<String, Contract>) TransactionSynchronizationManager.getResource(READ);
        if (read != null && event.getEntity() instanceof Contract contract) {
            read.remove(contract.number());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Contract> readInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<String, Contract> read = (Map<String, Contract>) TransactionSynchronizationManager.getResource(READ);
        if (read == null) {
            read = new HashMap<>();
            TransactionSynchronizationManager.bindResource(READ, read);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(READ);
                }
            });
        }
        return read;
    }

    public List<String> groupCodes(String number) {
        return get(number).groupCodes();
    }

    /** The candidate users of the contract's trainer tasks. */
    public List<String> trainerUsers(String number) {
        return get(number).trainerUsers();
    }

    public List<Integer> blockIndexes(String number, String groupCode) {
        int blocks = get(number).group(groupCode).blocks(workingDays).size();
        return IntStream.range(0, blocks).boxed().toList();
    }

    public List<Integer> dayIndexes(String number, String groupCode) {
        int days = get(number).group(groupCode).trainingDates().size();
        return IntStream.range(0, days).boxed().toList();
    }
}

package ee.hankevoog.contract;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.calendar.WorkingDays;
import ee.hankevoog.transaction.PerTransaction;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;

/**
 * Reads a contract for the process models' expressions ({@code ${contracts.groupCodes(contractNumber)}}),
 * so that the engine keeps only the contract number and the contract tables stay the one source of data.
 * One process step evaluates a dozen such expressions (candidates, due dates, timers, loops) on the same
 * contract, so within a transaction the contract is read once and kept until the transaction ends, as it was saved
 * when it is; across transactions {@link KeptContracts} spares reading what has not changed.
 */
@Component("contracts")
public class ContractLookup {

    private static final String READ = ContractLookup.class.getName() + ".read";
    private static final String LOCKED = ContractLookup.class.getName() + ".locked";

    private final ContractRepository contracts;
    private final KeptContracts kept;
    private final WorkingDays workingDays;
    private final EngineClock clock;

    ContractLookup(ContractRepository contracts, KeptContracts kept, WorkingDays workingDays, EngineClock clock) {
        this.contracts = contracts;
        this.kept = kept;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** The contract, or the 404 problem detail for an unknown number: the one way to a contract by its number. */
    public Contract require(String number) {
        return find(number).orElseThrow(() -> new UnknownContract(number));
    }

    /** The contract of a request about one of its groups: 404 for an unknown contract or group alike. */
    public Contract requireWithGroup(String number, String groupCode) {
        Contract contract = require(number);
        if (!contract.groupCodes().contains(groupCode)) {
            throw new UnknownGroup(contract, groupCode);
        }
        return contract;
    }

    /** The contract of a trainer it names; to any other user it is unknown (404), as if it did not exist. */
    public Contract requireNamedTrainer(String number, String user) {
        Contract contract = require(number);
        if (!contract.trainerUsers().contains(user)) {
            throw new UnknownContract(number);
        }
        return contract;
    }

    /** Only that the contract exists, for a request about its records; an unknown number is the same 404. */
    public void requireExists(String number) {
        if (!contracts.existsByNumber(number)) {
            throw new UnknownContract(number);
        }
    }

    /**
     * Locks the contract until the caller's transaction ends, so that what is appended to the contract's records
     * (its audit chain) is appended one after the other; a number without a contract locks nothing (false). Once
     * per transaction: a step's listeners each lock the contract they write to.
     */
    public boolean lock(String number) {
        Optional<Set<String>> locked = PerTransaction.value(LOCKED, HashSet::new);
        if (locked.isPresent() && locked.get().contains(number)) {
            return true;
        }
        boolean found = !contracts.lockRow(number).isEmpty();
        if (found) {
            locked.ifPresent(numbers -> numbers.add(number));
        }
        return found;
    }

    /** For the process models' expressions, whose contract always exists. */
    public Contract get(String number) {
        return require(number);
    }

    /** The numbers of the contracts that name this user as one of their trainers, in order. */
    public List<String> numbersOfTrainer(String user) {
        return contracts.numbersOfTrainer(user);
    }

    /** Every contract's number, in order. */
    public List<String> numbers() {
        return contracts.allNumbers();
    }

    public Optional<Contract> find(String number) {
        Optional<Map<String, Contract>> read = PerTransaction.value(READ, HashMap::new);
        if (read.isEmpty()) {
            return kept.read(number);
        }
        Contract contract = read.get().get(number);
        if (contract == null) {
            contract = kept.read(number).orElse(null);
            if (contract != null) {
                read.get().put(number, contract);
            }
        }
        return Optional.ofNullable(contract);
    }

    /**
     * The saved contract is the one the rest of the transaction reads, and the later ones: copies, which its saver's
     * changes miss.
     */
    @EventListener
    void saved(AfterSaveEvent<?> event) {
        if (event.getEntity() instanceof Contract contract) {
            PerTransaction.<Map<String, Contract>>existing(READ)
                    .ifPresent(read -> read.put(contract.number(), KeptContracts.copy(contract)));
            kept.saved(contract);
        }
    }

    public List<String> groupCodes(String number) {
        return get(number).groupCodes();
    }

    /** The candidate users of the contract's trainer tasks. */
    public List<String> trainerUsers(String number) {
        return get(number).trainerUsers();
    }

    /** Whether the customer cancelled the group before its process started (before the dates were agreed). */
    public boolean groupCancelled(String number, String groupCode) {
        return get(number).group(groupCode).isCancelled();
    }

    /** Whether an officer registered the contract with its dates agreed at signing (or has confirmed them). */
    public boolean datesAgreed(String number) {
        return get(number).datesAgreed();
    }

    /** The proposed days for the officer's confirmation, one group a line, with how far each first day is. */
    public String proposedDays(String number) {
        LocalDate today = clock.today();
        return get(number).groups().stream().map(group -> "- **" + group.code() + "** (" + group.place() + "): "
                + (group.hasDays() ? group.trainingDates().stream().map(day -> day.format(WorkingDays.ESTONIAN_DATE))
                .collect(Collectors.joining(", ")) + " · " + ChronoUnit.DAYS.between(today, group.firstDay())
                + " päeva / days away" : "—")).collect(Collectors.joining("\n"));
    }

    public List<Contract> closed() {
        return contracts.findByState(ContractState.CLOSED);
    }

    /** The positions of the trainers who train now, each with a task of their own. */
    public List<Integer> trainerIndexes(String number) {
        List<Trainer> all = get(number).allTrainers();
        return IntStream.range(0, all.size()).filter(i -> all.get(i).trains()).boxed().toList();
    }

    /** Who works on a trainer's own task: the trainer's user, or every trainer's when this one has none or left. */
    public List<String> trainerUser(String number, int trainerIndex) {
        Contract contract = get(number);
        Trainer trainer = contract.allTrainers().get(trainerIndex);
        return trainer.userId() != null && trainer.trains() ? List.of(trainer.userId()) : contract.trainerUsers();
    }

    public String trainerName(String number, int trainerIndex) {
        return get(number).allTrainers().get(trainerIndex).name();
    }

    /**
     * The block loop of the training-group model before issue 16, for its instances until the model upgrade moves
     * them (at start-up); the newer model plans from {@code deadlines.materialsToDeliver}.
     */
    public List<Integer> blockIndexes(String number, String groupCode) {
        int blocks = get(number).materialsDeliveries(groupCode, workingDays).size();
        return IntStream.range(0, blocks).boxed().toList();
    }

    /** The day loop of the training-group model before issue 16; see {@link #blockIndexes}. */
    public List<Integer> dayIndexes(String number, String groupCode) {
        return IntStream.range(0, get(number).group(groupCode).trainingDates().size()).boxed().toList();
    }
}

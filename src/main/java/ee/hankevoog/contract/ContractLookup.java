package ee.hankevoog.contract;

import ee.hankevoog.calendar.WorkingDays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * Reads a contract for the process models' expressions ({@code ${contracts.groupCodes(contractNumber)}}),
 * so that the engine keeps only the contract number and the contract tables stay the one source of data.
 */
@Component("contracts")
public class ContractLookup {

    private final ContractRepository contracts;
    private final WorkingDays workingDays;

    ContractLookup(ContractRepository contracts, WorkingDays workingDays) {
        this.contracts = contracts;
        this.workingDays = workingDays;
    }

    public Contract get(String number) {
        return contracts.findByNumber(number)
                .orElseThrow(() -> new NoSuchElementException("No contract " + number));
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

package ee.hankevoog.contract;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each read runs in one transaction, here as in every repository of Hankevoog: Spring Data JDBC loads a contract's
 * trainers, groups and days while the contract's own result set is open, and outside a transaction each of those
 * loads took a connection of its own, so that 15 parallel readers could hold the whole pool and wait for it.
 */
@Transactional(readOnly = true)
public interface ContractRepository extends ListCrudRepository<Contract, Long> {

    Optional<Contract> findByNumber(String number);

    boolean existsByNumber(String number);

    List<Contract> findByState(ContractState state);
}

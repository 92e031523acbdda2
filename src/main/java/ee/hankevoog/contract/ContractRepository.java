package ee.hankevoog.contract;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Propagation;
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

    @Query("select number from contract order by number")
    List<String> allNumbers();

    @Query("select distinct c.number from contract c join trainer t on t.contract_id = c.id"
            + " where t.user_id = :user and t.left_on is null order by c.number")
    List<String> numbersOfTrainer(String user);

    /** Locks the contract's row until the caller's transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    @Query("select id from contract where number = :number for update")
    List<Long> lockRow(String number);
}

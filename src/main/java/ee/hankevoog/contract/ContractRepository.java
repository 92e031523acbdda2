package ee.hankevoog.contract;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface ContractRepository extends ListCrudRepository<Contract, Long> {

    Optional<Contract> findByNumber(String number);

    boolean existsByNumber(String number);

    List<Contract> findByState(ContractState state);
}

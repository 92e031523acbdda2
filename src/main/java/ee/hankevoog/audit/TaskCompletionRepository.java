package ee.hankevoog.audit;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface TaskCompletionRepository extends ListCrudRepository<TaskCompletion, Long> {

    List<TaskCompletion> findByContractNumberOrderByCompletedAt(String contractNumber);

    List<TaskCompletion> findByContractNumberAndTaskKeyInOrderByCompletedAt(String contractNumber,
            Collection<String> taskKeys);
}

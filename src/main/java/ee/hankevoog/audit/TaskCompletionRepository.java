package ee.hankevoog.audit;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface TaskCompletionRepository extends ListCrudRepository<TaskCompletion, Long> {

    List<TaskCompletion> findByContractNumberOrderByCompletedAt(String contractNumber);

    /** Written out: Spring Data works a derived query's SQL out again at every call, and every commit reads this. */
    @Query("select * from task_completion where contract_number = :contractNumber and task_key in (:taskKeys)"
            + " order by completed_at")
    List<TaskCompletion> findByContractNumberAndTaskKeyInOrderByCompletedAt(String contractNumber,
            Collection<String> taskKeys);
}

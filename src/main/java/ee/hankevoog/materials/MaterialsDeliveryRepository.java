package ee.hankevoog.materials;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.CrudRepository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface MaterialsDeliveryRepository extends CrudRepository<MaterialsDelivery, Long> {

    Optional<MaterialsDelivery> findByTaskId(String taskId);

    List<MaterialsDelivery> findByContractNumberOrderById(String contractNumber);

    List<MaterialsDelivery> findByContractNumberAndGroupCodeOrderById(String contractNumber, String groupCode);
}

package ee.hankevoog.materials;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.CrudRepository;

public interface MaterialsDeliveryRepository extends CrudRepository<MaterialsDelivery, Long> {

    Optional<MaterialsDelivery> findByTaskId(String taskId);

    List<MaterialsDelivery> findByContractNumberOrderById(String contractNumber);

    List<MaterialsDelivery> findByContractNumberAndGroupCodeOrderById(String contractNumber, String groupCode);
}

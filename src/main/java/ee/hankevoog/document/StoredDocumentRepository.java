package ee.hankevoog.document;

import java.util.List;
import org.springframework.data.repository.CrudRepository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface StoredDocumentRepository extends CrudRepository<StoredDocument, Long> {

    List<StoredDocument> findByContractNumberOrderById(String contractNumber);
}

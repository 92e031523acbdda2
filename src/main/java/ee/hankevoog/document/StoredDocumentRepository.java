package ee.hankevoog.document;

import java.util.List;
import org.springframework.data.repository.CrudRepository;

interface StoredDocumentRepository extends CrudRepository<StoredDocument, Long> {

    List<StoredDocument> findByContractNumberOrderById(String contractNumber);
}

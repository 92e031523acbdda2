package ee.hankevoog.document;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A record changes by updates of its own columns, never by a save of the whole record: an act's PDF is written after
 * its record was read, and a save would put back the size and checksum it had then.
 */
@Transactional(readOnly = true)
interface StoredDocumentRepository extends CrudRepository<StoredDocument, Long> {

    @Query("select * from stored_document where contract_number = :contractNumber order by id")
    List<StoredDocument> findByContractNumberOrderById(String contractNumber);

    /** False if the record is no longer in status {@code from}: someone else changed it since it was read. */
    @Modifying
    @Transactional(propagation = Propagation.MANDATORY)
    @Query("update stored_document set status = :to, deleted_by = :deletedBy, deleted_at = :deletedAt,"
            + " version = version + 1 where id = :id and status = :from")
    boolean changeStatus(long id, String from, String to, String deletedBy, LocalDateTime deletedAt);

    /** False if the PDF was written already. */
    @Modifying
    @Transactional(propagation = Propagation.MANDATORY)
    @Query("update stored_document set size_bytes = :sizeBytes, sha256 = :sha256, version = version + 1"
            + " where id = :id and sha256 is null")
    boolean written(long id, long sizeBytes, String sha256);
}

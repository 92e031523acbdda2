package ee.hankevoog.document;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The bytes of stored files, apart from their records so that listing and auditing never load them. */
@Component
class DocumentContents {

    private final JdbcTemplate jdbc;

    DocumentContents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long documentId, byte[] content) {
        jdbc.update("insert into document_content (document_id, content) values (?, ?)", documentId, content);
    }

    Optional<byte[]> read(long documentId) {
        List<byte[]> found = jdbc.query("select content from document_content where document_id = ?",
                (row, i) -> row.getBytes(1), documentId);
        return found.stream().findFirst();
    }

    boolean delete(long documentId) {
        return jdbc.update("delete from document_content where document_id = ?", documentId) == 1;
    }
}

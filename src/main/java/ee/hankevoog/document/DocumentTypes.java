package ee.hankevoog.document;

import java.util.Set;
import java.util.function.Supplier;
import org.apache.tika.Tika;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The document types a training uses: PDF, office documents and images. The type is read from the content; the
 * file name only refines it (a Word file and a zip look alike to a content check), never decides it.
 */
@Component
class DocumentTypes {

    private static final Set<String> OFFICE_FAMILIES = Set.of("application/x-tika-ooxml",
            "application/x-tika-msoffice", "application/vnd.openxmlformats-officedocument.",
            "application/vnd.oasis.opendocument.", "application/msword", "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint", "application/rtf");
    private static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");
    static final String ACCEPTED = "PDF, office documents (Word, Excel, PowerPoint, OpenDocument, RTF) and images"
            + " (PNG, JPEG, GIF, WebP)";

    // what Tika calls an office container it cannot tell apart by content alone; the name says which it is
    private static final String CONTAINER = "application/x-tika-";

    // reading Tika's type registry is a tenth of a second, spent at the first upload instead of at start-up
    private final Supplier<Tika> tika = SingletonSupplier.of(Tika::new);

    /** The file's media type, or a refusal saying what it looks like and what is accepted. */
    String check(Upload upload) {
        String fromContent = tika.get().detect(upload.content());
        if (!accepted(fromContent)) {
            throw new DocumentRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Document type not accepted",
                    "File '" + upload.fileName() + "' is " + fromContent + " by its content, whatever its name says."
                            + " Accepted are " + ACCEPTED + ".");
        }
        if (!fromContent.startsWith(CONTAINER)) {
            return fromContent;
        }
        String refined = tika.get().detect(upload.content(), upload.fileName());
        return accepted(refined) ? refined : fromContent;
    }

    private static boolean accepted(String mediaType) {
        return mediaType.equals("application/pdf") || IMAGES.contains(mediaType)
                || OFFICE_FAMILIES.stream().anyMatch(mediaType::startsWith);
    }
}

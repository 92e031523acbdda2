package ee.hankevoog.document;

import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.tika.Tika;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The document types a training uses: PDF, office documents and images. The type is read from the content; the
 * file name only refines it (a Word file and a zip look alike to a content check), never decides it, and its
 * extension must be one of the type's. A container Tika cannot name (a bare zip or OLE2 file) is refused, and an
 * office file's inside is inspected without unpacking it ({@link OfficeContainer}).
 */
@Component
class DocumentTypes {

    // exactly these: the macro-enabled variants of the same formats are other types
    private static final Set<String> ACCEPTED_TYPES = Set.of("application/pdf", "image/png", "image/jpeg",
            "image/gif", "image/webp", "application/rtf", "application/msword", "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.openxmlformats-officedocument.presentationml.slideshow",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation");
    static final String ACCEPTED = "PDF, office documents (Word, Excel, PowerPoint, OpenDocument, RTF) and images"
            + " (PNG, JPEG, GIF, WebP)";

    // what Tika calls a container it cannot tell apart by content alone; the name says which it is
    private static final String CONTAINER = "application/x-tika-";
    private static final String OLE2 = "application/x-tika-msoffice";
    // an OLE2 compound file has at least its header sector and one more
    private static final int OLE2_MIN_SIZE = 1024;

    // reading Tika's type registry is a tenth of a second, spent at the first upload instead of at start-up
    private final Supplier<Tika> tika = SingletonSupplier.of(Tika::new);
    private final OfficeContainer containers;

    DocumentTypes(OfficeContainer containers) {
        this.containers = containers;
    }

    /** The file's media type, or a refusal saying what it looks like and what is accepted. */
    String check(Upload upload) {
        String fromContent = tika.get().detect(upload.content());
        String type = fromContent.startsWith(CONTAINER) ? tika.get().detect(upload.content(), upload.fileName())
                : fromContent;
        if (!ACCEPTED_TYPES.contains(type)) {
            throw new DocumentRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Document type not accepted",
                    "File '" + upload.fileName() + "' is " + (type.startsWith(CONTAINER) ? "an archive" : type)
                            + " by its content, whatever its name says. Accepted are " + ACCEPTED + ".");
        }
        checkExtension(upload, type);
        if (fromContent.equals(OLE2) && upload.size() < OLE2_MIN_SIZE) {
            throw new DocumentRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Document damaged", "File '"
                    + upload.fileName() + "' has the header of an office file and nothing more; send the document"
                    + " itself.");
        }
        if (fromContent.startsWith(CONTAINER) || type.startsWith("application/vnd.oasis.opendocument.")) {
            containers.check(upload, type);
        }
        return type;
    }

    private static void checkExtension(Upload upload, String type) {
        String name = upload.fileName().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
        try {
            var extensions = MimeTypes.getDefaultMimeTypes().forName(type).getExtensions();
            if (!extensions.contains(extension)) {
                throw new DocumentRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "File name does not match its type",
                        "File '" + upload.fileName() + "' is " + type + " by its content, so its name must end in "
                                + String.join(" or ", extensions) + "; rename it or send the file its name says.");
            }
        } catch (MimeTypeException e) {
            throw new IllegalStateException("Tika does not know the type it detected: " + type, e);
        }
    }
}

package ee.hankevoog.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The text a checked document shows its reader, so that it can be searched for clients' personal data: a PDF's
 * text by PDFBox, a zip-based office file's by the XML of its parts (a word split over runs is joined again), an
 * older office file or RTF by its bytes read as 8-bit and as UTF-16 text. Images carry no text that can be read
 * without recognising characters, which Hankevoog does not do.
 */
@Component
class DocumentText {

    // the text runs of Word, PowerPoint/Excel drawings, OpenDocument spans and Excel's shared strings: joined
    private static final Pattern INLINE_TAG = Pattern.compile("</?(w:t|w:r|a:t|a:r|text:span|t|r)(\\s[^>]*)?/?>");
    private static final Pattern ANY_TAG = Pattern.compile("<[^>]*>");
    // what is read of a file's text at most: far more than any training material's words, far less than memory
    private static final int MAX_TEXT = 10 * 1024 * 1024;
    private static final int MAX_PAGES = 1000;

    Optional<String> of(Upload upload, String type) {
        if (type.equals("application/pdf")) {
            return Optional.of(pdf(upload));
        }
        if (type.startsWith("application/vnd.openxmlformats") || type.startsWith("application/vnd.oasis")) {
            return Optional.of(zippedXml(upload));
        }
        if (type.startsWith("application/")) {
            byte[] bytes = upload.content();
            return Optional.of(new String(bytes, StandardCharsets.ISO_8859_1) + "\n"
                    + new String(bytes, StandardCharsets.UTF_16LE));
        }
        return Optional.empty();
    }

    private static String pdf(Upload upload) {
        // streams are cached in a temporary file, so that a small PDF that unpacks to gigabytes does not fill memory
        try (PDDocument document = Loader.loadPDF(upload.content(), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(MAX_PAGES);
            return stripper.getText(document);
        } catch (InvalidPasswordException e) {
            throw new DocumentRefused(HttpStatus.BAD_REQUEST, "Document locked", "File '" + upload.fileName()
                    + "' is protected by a password, so Hankevoog cannot check it holds no client's personal data;"
                    + " send it without the password.");
        } catch (IOException e) {
            throw new DocumentRefused(HttpStatus.BAD_REQUEST, "Document damaged", "File '" + upload.fileName()
                    + "' cannot be read as a PDF (" + e.getMessage() + "); export it again and send the new file.");
        }
    }

    /** Only after {@link OfficeContainer} has checked what the file unpacks to. */
    private static String zippedXml(Upload upload) {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(upload.content()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith(".xml") && text.length() < MAX_TEXT) {
                    String xml = new String(zip.readNBytes(MAX_TEXT - text.length()), StandardCharsets.UTF_8);
                    text.append(ANY_TAG.matcher(INLINE_TAG.matcher(xml).replaceAll("")).replaceAll(" ")).append('\n');
                }
            }
        } catch (IOException e) {
            throw new DocumentRefused(HttpStatus.BAD_REQUEST, "Document damaged", "File '" + upload.fileName()
                    + "' cannot be read as an office document (" + e.getMessage() + ").");
        }
        return text.toString();
    }
}

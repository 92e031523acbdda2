package ee.hankevoog.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * An office document that is a zip (Word, Excel and PowerPoint since 2007, OpenDocument) is read entry by entry,
 * counting what it unpacks to and stopping at a limit, so that a small file that expands to gigabytes is refused
 * without being expanded. It must hold its format's main part, and nothing a computer would run or a browser
 * would show as a page: such a zip is an archive dressed as a document.
 */
@Component
class OfficeContainer {

    static final long MAX_UNPACKED = 200L * 1024 * 1024;
    private static final int MAX_ENTRIES = 10_000;
    private static final Pattern RUNNABLE = Pattern.compile(".*\\.(exe|msi|dll|com|scr|bat|cmd|ps1|vbs|js|jar|sh"
            + "|html?|hta|svg|lnk)$");

    void check(Upload upload, String type) {
        Set<String> entries = new HashSet<>();
        long unpacked = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(upload.content()))) {
            byte[] buffer = new byte[64 * 1024];
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (RUNNABLE.matcher(name).matches()) {
                    throw refused(upload, "holds '" + entry.getName() + "', which is no part of a document");
                }
                if (entries.size() >= MAX_ENTRIES) {
                    throw refused(upload, "holds more than " + MAX_ENTRIES + " parts");
                }
                entries.add(name);
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    unpacked += read;
                    if (unpacked > MAX_UNPACKED) {
                        throw refused(upload, "unpacks to more than " + Sizes.readable(MAX_UNPACKED));
                    }
                }
            }
        } catch (IOException e) {
            throw refused(upload, "cannot be read as an office document (" + e.getMessage() + ")");
        }
        String mainPart = mainPart(type);
        if (mainPart != null && !entries.contains(mainPart)) {
            throw refused(upload, "lacks the part every such document has (" + mainPart + ")");
        }
    }

    private static String mainPart(String type) {
        if (type.contains("wordprocessingml")) {
            return "word/document.xml";
        }
        if (type.contains("spreadsheetml")) {
            return "xl/workbook.xml";
        }
        if (type.contains("presentationml")) {
            return "ppt/presentation.xml";
        }
        return type.startsWith("application/vnd.oasis.opendocument.") ? "content.xml" : null;
    }

    private static DocumentRefused refused(Upload upload, String problem) {
        return new DocumentRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Document not accepted", "File '"
                + upload.fileName() + "' " + problem + ". Send the document itself, saved from its office program.");
    }
}

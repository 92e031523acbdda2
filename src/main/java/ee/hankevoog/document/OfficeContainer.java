package ee.hankevoog.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * An office document is inspected without being opened. A zip-based one (Word, Excel and PowerPoint since 2007,
 * OpenDocument) is read by its central directory, as office programs read it, counting what it unpacks to and
 * stopping at a limit, so that a small file that expands to gigabytes is refused without being expanded; its
 * entries as the file's local headers list them must be the same, so that nothing hides from one reader in the
 * other. It must hold its format's main part, and no macros and nothing a computer would run or a browser would
 * show as a page. An older binary office file (OLE2) must hold no macro project.
 */
@Component
class OfficeContainer {

    static final long MAX_UNPACKED = 200L * 1024 * 1024;
    private static final int MAX_ENTRIES = 10_000;
    private static final Pattern FORBIDDEN = Pattern.compile(".*(\\.(exe|msi|dll|com|scr|cpl|bat|cmd|ps1|vbs|vbe"
            + "|js|jse|wsf|wsh|jar|sh|reg|lnk|hta|html?|xhtml|mht|mhtml|svg)|vbaproject\\.bin|\\.)$"
            + "|^(basic|scripts)/.*");
    // the directory entry of a VBA project in an OLE2 file, whose names are UTF-16
    private static final byte[] OLE2_MACROS = "_VBA_PROJECT".getBytes(StandardCharsets.UTF_16LE);

    void check(Upload upload, String type) {
        if (type.startsWith("application/vnd.openxmlformats") || type.startsWith("application/vnd.oasis")) {
            checkZip(upload, type);
        } else if (contains(upload.content(), OLE2_MACROS)) {
            throw refused(upload, "contains macros");
        }
    }

    private void checkZip(Upload upload, String type) {
        Set<String> central = centralDirectory(upload);
        Set<String> local = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(upload.content()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                local.add(entry.getName().toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw refused(upload, "cannot be read as an office document (" + e.getMessage() + ")");
        }
        if (!local.equals(central)) {
            throw refused(upload, "lists other parts in its directory than it holds");
        }
        String mainPart = mainPart(type);
        if (!central.contains(mainPart)) {
            throw refused(upload, "lacks the part every such document has (" + mainPart + ")");
        }
    }

    /** The entries as the central directory names them, each unpacked only as far as the limit allows. */
    private Set<String> centralDirectory(Upload upload) {
        Path file = null;
        try {
            file = Files.createTempFile("hankevoog-upload", ".zip");
            Files.write(file, upload.content());
            Set<String> entries = new HashSet<>();
            long unpacked = 0;
            byte[] buffer = new byte[64 * 1024];
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                    ZipEntry entry = all.nextElement();
                    String name = entry.getName().toLowerCase(Locale.ROOT);
                    if (FORBIDDEN.matcher(name).matches()) {
                        throw refused(upload, "holds '" + entry.getName() + "', which is no part of a document"
                                + " (macros, programs and web pages are not accepted)");
                    }
                    if (entries.size() >= MAX_ENTRIES) {
                        throw refused(upload, "holds more than " + MAX_ENTRIES + " parts");
                    }
                    entries.add(name);
                    try (InputStream content = zip.getInputStream(entry)) {
                        for (int read = content.read(buffer); read > 0; read = content.read(buffer)) {
                            unpacked += read;
                            if (unpacked > MAX_UNPACKED) {
                                throw refused(upload, "unpacks to more than " + Sizes.readable(MAX_UNPACKED));
                            }
                        }
                    }
                }
            }
            return entries;
        } catch (IOException e) {
            throw refused(upload, "cannot be read as an office document (" + e.getMessage() + ")");
        } finally {
            delete(file);
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
        return "content.xml";
    }

    private static boolean contains(byte[] content, byte[] part) {
        outer:
        for (int i = 0; i <= content.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (content[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void delete(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DocumentRefused refused(Upload upload, String problem) {
        return new DocumentRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Document not accepted", "File '"
                + upload.fileName() + "' " + problem + ". Send the document itself, saved from its office program"
                + " without macros.");
    }
}

package ee.hankevoog.document;

/** A document's page filled in, as XHTML, from which its PDF is laid out. */
public record PdfSource(String title, String xhtml) {
}

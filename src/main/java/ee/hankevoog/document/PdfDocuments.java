package ee.hankevoog.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Writes a contract's document as an A4 PDF from an XHTML template, so wording and layout change without code;
 * openhtmltopdf lays it out. The documents carry their own fonts for every name a participant has.
 */
@Component
public class PdfDocuments {

    private static final String LANGUAGE = "et";
    // the family the templates' stylesheets name
    private static final String FONT_FAMILY = "DejaVu Sans";
    // the characters XML 1.0 does not allow
    private static final Pattern NOT_IN_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    static {
        XRLog.setLoggerImpl(new Slf4jLogger());
    }

    private final TemplateEngine templates;
    // parsed at the first document, not at start-up
    private final Supplier<TrueTypeFont> regular = SingletonSupplier.of(() -> parse("fonts/DejaVuSans.ttf"));
    private final Supplier<TrueTypeFont> bold = SingletonSupplier.of(() -> parse("fonts/DejaVuSans-Bold.ttf"));

    public PdfDocuments(TemplateEngine templates) {
        this.templates = templates;
    }

    /** The template (under templates/documents/) filled with {@code page}, titled {@code title}. */
    public byte[] render(String template, Object page, String title) {
        return write(source(template, page, title));
    }

    /**
     * What the PDF is written from: the template filled now, with the data as it is now. The layout reads it as XML,
     * so it is checked to be well-formed here, while its caller can still refuse; a control character pasted into a
     * name or a remark (a manual line break from a word processor) becomes a space.
     */
    public PdfSource source(String template, Object page, String title) {
        Context context = new Context(Locale.forLanguageTag(LANGUAGE));
        context.setVariable("page", page);
        String xhtml = NOT_IN_XML.matcher(templates.process("documents/" + template, context)).replaceAll(" ");
        requireWellFormed(xhtml, title);
        return new PdfSource(title, xhtml);
    }

    private static void requireWellFormed(String xhtml, String title) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.newSAXParser().parse(new InputSource(new StringReader(xhtml)), new DefaultHandler());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("The page of " + title + " is not well-formed XHTML: " + e.getMessage(),
                    e);
        }
    }

    public byte[] write(PdfSource source) {
        try {
            return toPdf(source.xhtml(), source.title());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Could not write the PDF of " + source.title() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parsing the two fonts is a quarter of the work, so they are parsed once. A parsed font reads its glyphs from
     * one shared buffer when a document embeds them, so one document is written at a time.
     */
    private synchronized byte[] toPdf(String xhtml, String title) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(pdf)
                    .withHtmlContent(xhtml, null)
                    // a document needs nothing from outside; nothing a user typed may make the renderer fetch a URL
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            // the PDF standard fonts cannot be relied on for every name a participant has, so the act carries its own
            embed(builder, pdf, regular.get(), 400);
            embed(builder, pdf, bold.get(), 700);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDFWithoutClosing();
            }
            // set here because the renderer sets a reader's and a search index's metadata only in part
            pdf.getDocumentInformation().setTitle(title);
            pdf.getDocumentCatalog().setLanguage(LANGUAGE);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static void embed(PdfRendererBuilder builder, PDDocument pdf, TrueTypeFont font, int weight)
            throws IOException {
        builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, font, true)), FONT_FAMILY, weight,
                FontStyle.NORMAL, true);
    }

    private static TrueTypeFont parse(String resource) {
        try (InputStream font = PdfDocuments.class.getClassLoader().getResourceAsStream(resource)) {
            if (font == null) {
                throw new IllegalStateException("The font " + resource + " is missing from the classpath");
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(font.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + resource, e);
        }
    }
}

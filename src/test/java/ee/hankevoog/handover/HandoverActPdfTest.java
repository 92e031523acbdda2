package ee.hankevoog.handover;

import static org.assertj.core.api.Assertions.assertThat;

import ee.hankevoog.document.PdfDocuments;
import ee.hankevoog.handover.HandoverAct.DeliveredMaterial;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

class HandoverActPdfTest {

    private static final Path SAMPLE = Path.of("target", "handover-acts", "KOV-001-W1.pdf");

    private static final DeliveredMaterial HANDOUT = new DeliveredMaterial("Kovisiooni käsiraamat – õppijale.pdf",
            1_572_864, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            LocalDateTime.of(2027, 4, 12, 9, 30));
    private static final DeliveredMaterial SLIDES = new DeliveredMaterial("Slaidid & harjutused <päev 1>.pptx",
            48_640, "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
            LocalDateTime.of(2027, 4, 16, 14, 5));

    private final HandoverActPdf pdf = new HandoverActPdf(new PdfDocuments(templateEngineAsSpringBootConfiguresIt()));

    @Test
    void writesTheActOfTheReferenceGroupAsAnA4PdfWithEveryFactReadableBack() throws IOException {
        // Given the reference contract's worker group, with Estonian letters and markup among the names
        HandoverAct act = new HandoverAct("KOV-001", "Kovisioon – võimalus ja tööriist lastekaitse juhtumites",
                "Mari Tamm, Sotsiaalkindlustusamet", List.of("Kati Kask", "Jüri Õunapuu"), "W1",
                "Lastekaitsetöötajad / Child-protection workers", "Tallinn",
                List.of(LocalDate.of(2027, 4, 19), LocalDate.of(2027, 4, 20), LocalDate.of(2027, 5, 24)), 20, 20,
                List.of("Õie Ülemaa", "Šarlota Žukova", "<b>Tom & Jerry</b>", "ÕÄÖÜŠŽ õäöüšž"),
                List.of("Jüri Juurikas: absent on 20.04.2027", "Mari Mets: assessment not passed"), true,
                List.of(HANDOUT, SLIDES), "Kõik päevad toimusid plaanipäraselt; märkusi & <pretensioone> ei ole.", 2,
                "Kati Kask", LocalDateTime.of(2027, 5, 25, 10, 15));

        // When it is rendered and kept where a person can open it
        byte[] bytes = pdf.render(act);
        Files.createDirectories(SAMPLE.getParent());
        Files.write(SAMPLE, bytes);

        // Then the PDF reads back with everything the officer checks before accepting
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = textOf(document);
            assertThat(text).contains(
                    "Üleandmise-vastuvõtmise akt", "Handover-acceptance act",
                    "KOV-001", "Kovisioon – võimalus ja tööriist lastekaitse juhtumites",
                    "Mari Tamm, Sotsiaalkindlustusamet", "Kati Kask", "Jüri Õunapuu",
                    "W1", "Lastekaitsetöötajad / Child-protection workers", "Tallinn",
                    "19.04.2027", "20.04.2027", "24.05.2027",
                    "Academic hours planned", "Academic hours delivered",
                    "Õie Ülemaa", "Šarlota Žukova", "<b>Tom & Jerry</b>", "ÕÄÖÜŠŽ õäöüšž",
                    "Kovisiooni käsiraamat – õppijale.pdf", "1,5 MB", "9f86d081884c",
                    "Slaidid & harjutused <päev 1>.pptx", "47,5 kB", "2c26b46b68ff", "12.04.2027 09:30",
                    "Kõik päevad toimusid plaanipäraselt; märkusi & <pretensioone> ei ole.",
                    "revised after it was returned", "25.05.2027 10:15",
                    "Täitja / Contractor", "Tellija / Customer");
            assertThat(text).doesNotContain("9f86d081884c7", "&amp;", "&lt;");
            assertThat(text).contains("Academic hours planned 20", "Academic hours delivered (from the days held) 20",
                    "1. Õie Ülemaa 2. Šarlota Žukova 3. <b>Tom & Jerry</b> 4. ÕÄÖÜŠŽ õäöüšž",
                    "Participants who did not complete 1. Jüri Juurikas: absent on 20.04.2027 2. Mari Mets:"
                            + " assessment not passed");

            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Üleandmise-vastuvõtmise akt KOV-001 W1");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("et");
            assertFontsEmbedded(document);
            assertThat(document.getPages()).allSatisfy(page -> {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within());
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within());
            });
        }
    }

    @Test
    void showsADashWhereThereAreNoRemarksAndSaysWhenThereWasNoRoster() throws IOException {
        HandoverAct act = new HandoverAct("KOV-001", "Kovisioon", "Mari Tamm", List.of("Kati Kask"), "W2",
                "Lastekaitsetöötajad / Child-protection workers", "Tartu", List.of(LocalDate.of(2027, 9, 6)), 20,
                20, List.of(), List.of(), false, List.of(), "  ", 1, "Kati Kask", LocalDateTime.of(2027, 9, 7, 8, 0));

        try (PDDocument document = Loader.loadPDF(pdf.render(act))) {
            String text = textOf(document);
            assertThat(text).contains("the roster was not imported from JUHAN")
                    .containsSubsequence("Märkused / Remarks", "—", "Akti koostamine")
                    .doesNotContain("revised after it was returned");
            // the fonts are parsed once and embedded anew in every act
            assertFontsEmbedded(document);
        }
    }

    /** The same template mode, place and expression language (SpEL) as the bean Spring Boot builds, without a context. */
    private static SpringTemplateEngine templateEngineAsSpringBootConfiguresIt() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    /** The page's text with line breaks and runs of spaces as single spaces, so that where a cell wraps does not matter. */
    private static String textOf(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    private static org.assertj.core.data.Offset<Float> within() {
        return org.assertj.core.data.Offset.offset(1f);
    }

    private static void assertFontsEmbedded(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName() + " is embedded").isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            }
        }
    }
}

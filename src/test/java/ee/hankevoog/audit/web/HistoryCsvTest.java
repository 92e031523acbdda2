package ee.hankevoog.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import ee.hankevoog.audit.HistoryEntry;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryCsvTest {

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaksAndDoublesTheQuotes() {
        HistoryEntry entry = new HistoryEntry(LocalDateTime.parse("2026-05-27T11:30"), 7L, "mari", "TASK_COMPLETED",
                "W1", "Accept handover act", "Accepted, with \"remarks\"\r\nsecond line",
                "{\"handoverAccepted\":true}");
        HistoryEntry operation = new HistoryEntry(LocalDateTime.parse("2026-05-27T11:30:00.5"), null, "mari",
                HistoryEntry.USER_OPERATION, null, null, "Task: Complete", "{}");

        String csv = HistoryCsv.write(List.of(entry, operation), ',');

        assertThat(csv).isEqualTo("""
                \uFEFFtime,sequence,actor,kind,group,step,summary,details\r
                2026-05-27T11:30:00,7,mari,TASK_COMPLETED,W1,Accept handover act,"Accepted, with ""remarks""\r
                second line","{""handoverAccepted"":true}"\r
                2026-05-27T11:30:00.5,,mari,USER_OPERATION,,,Task: Complete,{}\r
                """);
        assertThat(Rfc4180.parse(csv.substring(1))).containsExactly(
                List.of("time", "sequence", "actor", "kind", "group", "step", "summary", "details"),
                List.of("2026-05-27T11:30:00", "7", "mari", "TASK_COMPLETED", "W1", "Accept handover act",
                        "Accepted, with \"remarks\"\r\nsecond line", "{\"handoverAccepted\":true}"),
                List.of("2026-05-27T11:30:00.5", "", "mari", "USER_OPERATION", "", "", "Task: Complete", "{}"));
    }

    @Test
    void separatesWithSemicolonsForExcelSetUpForEstonian() {
        HistoryEntry entry = new HistoryEntry(LocalDateTime.parse("2026-05-27T11:30"), 7L, "mari", "TASK_COMPLETED",
                "W1", "Accept handover act", "Õie Ülemaa; 13,5 h", "{}");

        assertThat(HistoryCsv.write(List.of(entry), ';')).isEqualTo("""
                \uFEFFtime;sequence;actor;kind;group;step;summary;details\r
                2026-05-27T11:30:00;7;mari;TASK_COMPLETED;W1;Accept handover act;"Õie Ülemaa; 13,5 h";{}\r
                """);
    }
}

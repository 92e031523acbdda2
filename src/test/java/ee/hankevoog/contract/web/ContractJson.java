package ee.hankevoog.contract.web;

/** Request bodies for {@code POST /api/contracts}, as an integrator writes them. */
public final class ContractJson {

    private ContractJson() {
    }

    /**
     * The example plus a leaders' group, signed 16 March 2026: W1 trains on 20–21 April and
     * 25 May (two blocks), L1 on 28 April and 12 May (two blocks).
     */
    public static String valid(String number) {
        return """
                {
                  "number": "%s",
                  "title": "Kovisioon lastekaitses",
                  "signedOn": "2026-03-16",
                  "customerContact": {"name": "Mari Maasikas", "email": "mari@example.ee"},
                  "trainers": [{"name": "Tiit Tamm", "email": "tiit@example.ee", "user": "apitrainer"}],
                  "groups": [
                    {"code": "W1", "targetGroup": "WORKERS", "place": "Tallinn", "participantLimit": 15,
                     "academicHours": 20, "days": ["2026-04-20", "2026-04-21", "2026-05-25"]},
                    {"code": "L1", "targetGroup": "LEADERS", "place": "Tallinn", "participantLimit": 15,
                     "academicHours": 13, "days": ["2026-04-28", "2026-05-12"]}
                  ]
                }
                """.formatted(number);
    }
}

package ee.hankevoog.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A JUHAN-like export of invented people for the demo's groups: never real people, and no personal codes. */
final class InventedRoster {

    private static final List<String> FIRST = List.of("Anu", "Kadri", "Liis", "Maarja", "Piret", "Tiina", "Kerli",
            "Helen", "Jaan", "Margus", "Priit", "Siim", "Toomas", "Urmas", "Kristel");
    private static final List<String> LAST = List.of("Kask", "Mänd", "Saar", "Tamm", "Pärn", "Kuusk", "Lepp",
            "Ilves", "Rebane", "Kivi", "Lõhmus", "Oja", "Sepp", "Vaher", "Karu");
    private static final List<String> WORKPLACES = List.of("Tallinna Lastekaitse Osakond", "Tartu Sotsiaalosakond",
            "Pärnu Linnavalitsus", "Harju Maavalitsus");

    private InventedRoster() {
    }

    static byte[] of(String group, int people) {
        String rows = IntStream.range(0, people).mapToObj(i -> {
            String first = FIRST.get((i + group.length()) % FIRST.size());
            String last = LAST.get(Math.floorMod(i * 7 + group.hashCode(), LAST.size()));
            return String.join(";", "DEMO-" + group + "-" + (i + 1), first, last,
                    (first + "." + last + "." + group + i).toLowerCase(Locale.ROOT)
                            .replace("ä", "a").replace("õ", "o").replace("ö", "o").replace("ü", "u") + "@example.ee",
                    WORKPLACES.get(i % WORKPLACES.size()), "Registreeritud");
        }).collect(Collectors.joining("\n"));
        return ("Registreeringu ID;Eesnimi;Perekonnanimi;E-post;Töökoht;Staatus\n" + rows)
                .getBytes(StandardCharsets.UTF_8);
    }
}

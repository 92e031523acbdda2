package ee.hankevoog.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * The benchmark's bulk path: a contract driven through the product is read row by row, Camunda's rows and ours,
 * and written again as other contracts, each with its own contract number, trainer account and ids. Driving
 * 100,000 contracts takes hours here; copying the rows of a thousand driven ones takes minutes.
 *
 * <p>A copy is the template with these replaced wherever they occur in text and in the engine's serialized
 * values: the contract number and the trainer's account (both as long as the template's, so serialized values keep
 * their layout); every engine id that is not a definition's (the same time part, a node of the copy's own); our
 * tables' generated ids, with the columns that refer to them and the places our rows quote them (documents,
 * materials deliveries, e-mails); the hashes our rows quote of an e-mail's body or a file whose bytes changed; and
 * the audit chain, sealed again. Files are copied as they are: the PDFs Hankevoog writes compress their text, so
 * a copy's act or attendance sheet still names the template's contract. Rows the engine keeps per day rather
 * than per contract (its usage meters) are not copied. {@code ContractCopiesTest} shows a copy equal to a contract
 * driven under the copy's number.
 *
 * <p>Nothing else may write to the database while copies are written: {@link #finish()} moves the id generators
 * past the copies' ids.
 */
public final class ContractCopies {

    static final Pattern UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** Where our rows quote generated ids inside text (the first group: one id, or several with commas), and whose. */
    private static final Map<Pattern, String> QUOTED_IDS = Map.of(
            Pattern.compile("(?:\"documentId\":|/documents/)(\\d+)"), "stored_document",
            Pattern.compile("\"attachedDocuments\":\\[([\\d,]+)\\]"), "stored_document",
            Pattern.compile("(?:\"deliveryId\":|\"materialsDeliveryId\":)(\\d+)"), "materials_delivery",
            Pattern.compile("(?:\"messageId\":|undelivered:)(\\d+)"), "email_message");
    /** Process variables that hold one of our generated ids. */
    private static final Map<String, String> ID_VARIABLES = Map.of(
            "handoverActDocumentId", "stored_document", "materialsDeliveryId", "materials_delivery");
    private static final Set<String> VARIABLE_TABLES = Set.of("act_ru_variable", "act_hi_varinst", "act_hi_detail");
    /** Engine tables with a contract's rows that are not found through its process instances and tasks. */
    private static final Set<String> ENGINE_GLOBAL = Set.of("act_ru_meter_log", "act_ru_task_meter_log");
    /**
     * What two drivings of the same contract need not share: PDF files carry the time they were written and
     * compress the contract number with the rest, so their sizes and bytes vary; the audit chain's hashes follow
     * from everything before them (the product verifies them).
     */
    private static final Pattern FILE_SIZES = Pattern.compile(
            "\\d+(?:\\.\\d)? k?B(?=[,)])|(?<=\"sizeBytes\":)\\d+");
    private static final int SHORT_HASH = 12;
    private static final Pattern OTHER_HASHES = Pattern.compile("(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])");
    private static final DateTimeFormatter AUDIT_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");

    private final DataSource dataSource;
    private final Schema schema;
    private final Set<String> definitionIds;
    private final Map<String, Long> nextIds = new HashMap<>();
    /** The node part of the next copy's engine ids; random, so that copiers run one after another do not meet. */
    private long nextNode = ThreadLocalRandom.current().nextLong(1L << 36, 1L << 40);

    public ContractCopies(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        try (Connection connection = dataSource.getConnection()) {
            this.schema = Schema.read(connection);
            this.definitionIds = definitionIds(connection);
        }
    }

    /** The ids every contract shares, which a copy keeps. */
    Set<String> definitionIds() {
        return definitionIds;
    }

    /** A copy to write: its contract number and trainer account, each as long as the template's. */
    public record Copy(String number, String trainerUser) {
    }

    /**
     * The rows of one driven contract, table by table in an order that writes parents before children. Each engine
     * table is searched by one indexed column that links its rows to the contract's process instances, executions
     * or tasks.
     */
    public Template read(String number, String trainerUser) throws SQLException {
        return read(number, trainerUser, false);
    }

    /** As {@link #read}, each engine table searched by every column that could link a row to the contract. */
    Template readThoroughly(String number, String trainerUser) throws SQLException {
        return read(number, trainerUser, true);
    }

    private Template read(String number, String trainerUser, boolean thorough) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, List<Object[]>> rows = new LinkedHashMap<>();
            readEngineRows(connection, number, rows, thorough);
            readOurRows(connection, number, rows);
            Map<String, List<Object[]>> ordered = new LinkedHashMap<>();
            for (String table : schema.insertOrder) {
                List<Object[]> found = rows.get(table);
                if (found != null && !found.isEmpty()) {
                    ordered.put(table, schema.parentsFirst(table, found));
                }
            }
            return new Template(number, trainerUser, ordered, schema, definitionIds);
        }
    }

    /** Writes the copies of one template in one transaction. */
    public void write(Template template, List<Copy> copies) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                reserveIds(connection, template, copies.size());
                List<Copying> copying = new ArrayList<>();
                for (Copy copy : copies) {
                    copying.add(new Copying(template, copy, String.format("c%011x", nextNode++), nextIds));
                }
                for (Map.Entry<String, List<Template.Row>> table : template.compiled.entrySet()) {
                    Schema.Table spec = schema.tables.get(table.getKey());
                    try (PreparedStatement insert = connection.prepareStatement(spec.insert())) {
                        int batched = 0;
                        for (Copying copy : copying) {
                            for (Template.Row row : table.getValue()) {
                                copy.bind(insert, spec, row);
                                insert.addBatch();
                                if (++batched % 1000 == 0) {
                                    insert.executeBatch();
                                }
                            }
                        }
                        insert.executeBatch();
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /** Moves our tables' id generators past the copies' ids, so the product's next rows get fresh ones. */
    public void finish() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (Map.Entry<String, Long> next : nextIds.entrySet()) {
                Schema.Table table = schema.tables.get(next.getKey());
                statement.execute("alter table " + table.quoted + " alter column " + table.quote(table.identity)
                        + " restart with " + next.getValue());
            }
        }
    }

    private void reserveIds(Connection connection, Template template, int copies) throws SQLException {
        for (Map.Entry<String, List<Long>> ids : template.ids.entrySet()) {
            Schema.Table table = schema.tables.get(ids.getKey());
            long next;
            try (Statement statement = connection.createStatement();
                    ResultSet max = statement.executeQuery("select coalesce(max(" + table.quote(table.identity)
                            + "), 0) from " + table.quoted)) {
                max.next();
                next = Math.max(max.getLong(1) + 1, nextIds.getOrDefault(ids.getKey(), 0L));
            }
            nextIds.put(ids.getKey(), next);
        }
    }

    private void readEngineRows(Connection connection, String number, Map<String, List<Object[]>> rows,
            boolean thorough) throws SQLException {
        Set<String> instances = new LinkedHashSet<>(strings(connection,
                "select " + col("ID_") + " from " + tab("ACT_HI_PROCINST") + " where " + col("BUSINESS_KEY_")
                        + " = ?", List.of(number)));
        instances.addAll(strings(connection, "select " + col("ID_") + " from " + tab("ACT_HI_PROCINST") + " where "
                + col("ROOT_PROC_INST_ID_") + " in " + marks(instances.size()), List.copyOf(instances)));
        if (instances.isEmpty()) {
            throw new IllegalArgumentException("No process instance has the business key " + number);
        }
        List<String> tasks = strings(connection, "select " + col("ID_") + " from " + tab("ACT_HI_TASKINST")
                + " where " + col("PROC_INST_ID_") + " in " + marks(instances.size()), List.copyOf(instances));
        List<String> executions = strings(connection, "select " + col("ID_") + " from " + tab("ACT_RU_EXECUTION")
                + " where " + col("PROC_INST_ID_") + " in " + marks(instances.size()), List.copyOf(instances));
        Map<String, List<String>> links = new LinkedHashMap<>();
        for (String column : List.of("proc_inst_id_", "process_instance_id_", "root_proc_inst_id_")) {
            links.put(column, List.copyOf(instances));
        }
        links.put("execution_id_", executions);
        links.put("task_id_", tasks);
        Set<String> referenced = new HashSet<>();
        for (Schema.Table table : schema.tables.values()) {
            if (!table.name.startsWith("act_ru_") && !table.name.startsWith("act_hi_")
                    || ENGINE_GLOBAL.contains(table.name)) {
                continue;
            }
            // a task's grants name it as their resource, and so do an instance's
            Map<String, List<String>> tableLinks = table.name.equals("act_ru_authorization")
                    ? Map.of("resource_id_", Stream.concat(tasks.stream(), instances.stream()).toList()) : links;
            List<String> conditions = new ArrayList<>();
            List<Object> arguments = new ArrayList<>();
            for (Map.Entry<String, List<String>> link : tableLinks.entrySet()) {
                if (!table.has(link.getKey()) || !thorough && !table.indexed.contains(link.getKey())) {
                    continue;
                }
                if (!link.getValue().isEmpty()) {
                    conditions.add(table.quote(link.getKey()) + " in " + marks(link.getValue().size()));
                    arguments.addAll(link.getValue());
                }
                if (!thorough) {
                    // one indexed column finds all of a table's rows of the contract; the test checks that it does
                    break;
                }
            }
            if (conditions.isEmpty()) {
                continue;
            }
            List<Object[]> found = select(connection, table, String.join(" or ", conditions), arguments);
            rows.put(table.name, found);
            found.forEach(row -> referenced.addAll(uuids(row)));
        }
        // the variables' and exceptions' bytes; a deployment's resources are the definitions', shared
        Schema.Table bytes = schema.tables.get("act_ge_bytearray");
        List<String> candidates = List.copyOf(referenced);
        List<Object[]> found = new ArrayList<>();
        for (int from = 0; from < candidates.size(); from += 500) {
            List<String> chunk = candidates.subList(from, Math.min(candidates.size(), from + 500));
            found.addAll(select(connection, bytes, bytes.quote("id_") + " in " + marks(chunk.size()) + " and "
                    + bytes.quote("deployment_id_") + " is null", List.copyOf(chunk)));
        }
        rows.put(bytes.name, found);
    }

    /**
     * Our rows: those naming the contract by its number, and from there every row that refers to one of them,
     * following the foreign keys.
     */
    private void readOurRows(Connection connection, String number, Map<String, List<Object[]>> rows)
            throws SQLException {
        Map<String, List<Object[]>> ours = new LinkedHashMap<>();
        for (Schema.Table table : schema.tables.values()) {
            if (table.engines()) {
                continue;
            }
            String column = table.name.equals("contract") || table.name.equals("contract_overview") ? "number"
                    : table.has("contract_number") ? "contract_number" : null;
            if (column != null) {
                List<Object[]> found = new ArrayList<>(select(connection, table, table.quote(column) + " = ?",
                        List.of(number)));
                if (table.name.equals("audit_record")) {
                    // the chain is sealed again link by link
                    int sequence = table.index("sequence");
                    found.sort(java.util.Comparator.comparingLong(row -> ((Number) row[sequence]).longValue()));
                }
                ours.put(table.name, found);
            }
        }
        boolean more = true;
        while (more) {
            more = false;
            for (Schema.Table table : schema.tables.values()) {
                if (table.engines() || ours.containsKey(table.name)) {
                    continue;
                }
                for (Schema.ForeignKey key : table.foreignKeys) {
                    List<Object[]> parents = ours.get(key.parent());
                    if (parents == null || key.parent().equals(table.name)) {
                        continue;
                    }
                    Schema.Table parent = schema.tables.get(key.parent());
                    List<Object> ids = parents.stream().map(row -> row[parent.index(key.parentColumn())]).toList();
                    ours.put(table.name, ids.isEmpty() ? List.of()
                            : select(connection, table, table.quote(key.column()) + " in " + marks(ids.size()), ids));
                    more = true;
                    break;
                }
            }
        }
        rows.putAll(ours);
    }

    private List<Object[]> select(Connection connection, Schema.Table table, String where, List<?> arguments)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select " + table.columnList() + " from "
                + table.quoted + " where " + where)) {
            for (int i = 0; i < arguments.size(); i++) {
                query.setObject(i + 1, arguments.get(i));
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    Object[] row = new Object[table.columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = table.columns.get(i).read(result, i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private static List<String> strings(Connection connection, String sql, List<String> arguments)
            throws SQLException {
        if (sql.contains(" in ()")) {
            return List.of();
        }
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.size(); i++) {
                query.setString(i + 1, arguments.get(i));
            }
            List<String> values = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    values.add(result.getString(1));
                }
            }
            return values;
        }
    }

    private static Set<String> uuids(Object[] row) {
        Set<String> found = new HashSet<>();
        for (Object value : row) {
            if (value instanceof String text) {
                Matcher matcher = UUID.matcher(text);
                while (matcher.find()) {
                    found.add(matcher.group());
                }
            }
        }
        return found;
    }

    /** The ids every contract shares: deployments, definitions and their jobs' definitions, forms. */
    private Set<String> definitionIds(Connection connection) throws SQLException {
        Set<String> ids = new HashSet<>();
        for (Schema.Table table : schema.tables.values()) {
            boolean definitions = table.name.startsWith("act_re_") || table.name.equals("act_ru_jobdef");
            boolean resources = table.name.equals("act_ge_bytearray");
            if (!definitions && !resources) {
                continue;
            }
            String columns = definitions ? table.columnList() : table.quote("id_");
            String where = resources ? " where " + table.quote("deployment_id_") + " is not null" : "";
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("select " + columns + " from " + table.quoted + where)) {
                int count = result.getMetaData().getColumnCount();
                while (result.next()) {
                    for (int i = 1; i <= count; i++) {
                        if (isText(result.getMetaData(), i) && result.getString(i) != null) {
                            Matcher matcher = UUID.matcher(result.getString(i));
                            while (matcher.find()) {
                                ids.add(matcher.group());
                            }
                        }
                    }
                }
            }
        }
        return ids;
    }

    private static boolean isText(ResultSetMetaData meta, int column) throws SQLException {
        int type = meta.getColumnType(column);
        return type == Types.VARCHAR || type == Types.CHAR || type == Types.NVARCHAR || type == Types.LONGVARCHAR;
    }

    private String tab(String name) {
        return schema.tables.get(name.toLowerCase(Locale.ROOT)).quoted;
    }

    private String col(String name) {
        return schema.upperCase ? "\"" + name.toUpperCase(Locale.ROOT) + "\"" : "\"" + name.toLowerCase(Locale.ROOT)
                + "\"";
    }

    private static String marks(int count) {
        return "(" + String.join(", ", java.util.Collections.nCopies(count, "?")) + ")";
    }

    /**
     * A driven contract's rows, each value compiled once into the parts a copy replaces, so that writing a copy
     * is assembling strings and bytes.
     */
    public static final class Template {

        final String number;
        final String trainerUser;
        final Schema schema;
        final Map<String, List<Object[]>> rows;
        final Map<String, List<Row>> compiled = new LinkedHashMap<>();
        /** Our generated ids by table, ascending: a copy's ids keep their order. */
        final Map<String, List<Long>> ids = new TreeMap<>();
        /** Documents whose bytes quote the number, trainer or an engine id, so their hash changes with them. */
        final Map<Long, byte[]> rewrittenDocuments = new HashMap<>();
        /** The hashes of a document's bytes or an e-mail's body that our rows quote: a copy hashes its own. */
        final Map<String, ContentHash> contentHashes = new HashMap<>();
        private final Set<String> definitionIds;
        private final Pattern tokens;

        Template(String number, String trainerUser, Map<String, List<Object[]>> rows, Schema schema,
                Set<String> definitionIds) {
            this.schema = schema;
            this.number = number;
            this.trainerUser = trainerUser;
            this.rows = rows;
            this.definitionIds = definitionIds;
            List<String> literals = new ArrayList<>(List.of(Pattern.quote(number)));
            if (trainerUser != null) {
                literals.add("(?<![\\w])" + Pattern.quote(trainerUser) + "(?![\\w])");
            }
            rows.forEach((table, found) -> {
                Schema.Table spec = schema.tables.get(table);
                if (spec.identity != null) {
                    ids.put(table, found.stream().map(row -> ((Number) row[spec.index(spec.identity)]).longValue())
                            .sorted().toList());
                }
            });
            Schema.Table documents = schema.tables.get("stored_document");
            for (Object[] row : rows.getOrDefault("stored_document", List.of())) {
                String sha = (String) row[documents.index("sha256")];
                contentHashes.merge(sha, new ContentHash("stored_document", ((Number) row[documents.index("id")])
                        .longValue(), sha), ContentHash::first);
            }
            Schema.Table emails = schema.tables.get("email_message");
            for (Object[] row : rows.getOrDefault("email_message", List.of())) {
                String sha = DigestUtils.sha256Hex((String) row[emails.index("body")]);
                contentHashes.merge(sha, new ContentHash("email_message", ((Number) row[emails.index("id")])
                        .longValue(), sha), ContentHash::first);
            }
            // a hash in full, or its first twelve digits where a page lists files ("c651b14ff9fa…")
            contentHashes.keySet().forEach(sha -> literals.add(Pattern.quote(sha) + "|" + Pattern.quote(
                    sha.substring(0, SHORT_HASH)) + "(?=…)"));
            this.tokens = Pattern.compile(String.join("|", literals) + "|" + UUID.pattern());
            rows.forEach((table, found) -> compiled.put(table,
                    found.stream().map(row -> compile(schema.tables.get(table), row)).toList()));
        }

        public String number() {
            return number;
        }

        /** How many rows one copy writes, by table. */
        public Map<String, Integer> rowCounts() {
            return rows.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size(),
                    (a, b) -> a, TreeMap::new));
        }

        record Row(Object[] cells) {
        }

        /**
         * The rows as any contract driven the same way holds them, whatever its number, trainer and ids: each
         * table's rows as text, sorted, with the number, the trainer, engine ids, document hashes and our ids (as
         * their rank among the contract's) written as placeholders, and bytes as the hash of the same text.
         */
        public Map<String, List<String>> canonical() {
            Map<String, List<String>> canonical = new TreeMap<>();
            compiled.forEach((table, found) -> canonical.put(table, found.stream().map(row -> {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.cells().length; i++) {
                    String column = schema.tables.get(table).columns.get(i).name();
                    cells.add(table.equals("document_content") && column.equals("content") ? "<file>"
                            : column.equals("size_bytes") ? "<size>" : canonical(row.cells()[i]));
                }
                return FILE_SIZES.matcher(OTHER_HASHES.matcher(String.join(" | ", cells)).replaceAll("<sha256>"))
                        .replaceAll("<size>");
            }).sorted().toList()));
            return canonical;
        }

        private String canonical(Object cell) {
            if (cell instanceof Text text) {
                return text.parts().stream().map(this::canonicalPart).collect(Collectors.joining());
            }
            if (cell instanceof Bytes bytes && bytes.document() != null) {
                return "<file>";
            }
            if (cell instanceof Bytes bytes) {
                StringBuilder text = new StringBuilder(new String(bytes.template(), StandardCharsets.ISO_8859_1));
                for (int i = bytes.places().size() - 1; i >= 0; i--) {
                    text.replace(bytes.places().get(i)[0], bytes.places().get(i)[1],
                            canonicalPart(bytes.parts().get(i)));
                }
                return "bytes " + DigestUtils.sha256Hex(text.toString().getBytes(StandardCharsets.ISO_8859_1));
            }
            if (cell instanceof byte[] bytes) {
                return "bytes " + DigestUtils.sha256Hex(bytes);
            }
            return cell instanceof OurId ? canonicalPart(cell) : String.valueOf(cell);
        }

        private String canonicalPart(Object part) {
            if (part instanceof String literal) {
                return literal;
            }
            if (part instanceof OurId id) {
                return "<" + id.table() + " " + ids.getOrDefault(id.table(), List.of()).indexOf(id.id()) + ">";
            }
            if (part instanceof ContentHash hash) {
                return "<hash of " + canonicalPart(new OurId(hash.table(), hash.id(), true)) + ">";
            }
            if (part instanceof ShortHash hash) {
                return "<short " + canonicalPart(hash.of()).substring(1);
            }
            return part instanceof EngineId ? "<engine id>" : "<" + part + ">";
        }

        private Row compile(Schema.Table table, Object[] row) {
            Object[] cells = new Object[row.length];
            String variable = VARIABLE_TABLES.contains(table.name) ? (String) row[table.index("name_")] : null;
            for (int i = 0; i < row.length; i++) {
                Schema.Column column = table.columns.get(i);
                Object value = row[i];
                String idTable = column.name().equals(table.identity) ? table.name : table.references(column.name());
                if (value == null) {
                    cells[i] = null;
                } else if (idTable != null && value instanceof Number id) {
                    cells[i] = new OurId(idTable, id.longValue(), false);
                } else if (variable != null && ID_VARIABLES.containsKey(variable)
                        && (column.name().equals("long_") || column.name().equals("text_"))) {
                    cells[i] = new OurId(ID_VARIABLES.get(variable), Long.parseLong(value.toString()),
                            value instanceof String);
                } else if (value instanceof String text) {
                    cells[i] = text(text);
                } else if (value instanceof byte[] bytes) {
                    cells[i] = bytes(bytes, table.name.equals("document_content")
                            ? ((Number) row[table.index("document_id")]).longValue() : null);
                } else {
                    cells[i] = value;
                }
            }
            return new Row(cells);
        }

        /** Text as literal parts and the parts a copy replaces; plain text stays a string. */
        private Object text(String text) {
            List<Object> parts = new ArrayList<>();
            int from = 0;
            Matcher matcher = tokens.matcher(text);
            while (matcher.find()) {
                Object part = token(matcher.group());
                if (part == null) {
                    continue;
                }
                parts.add(text.substring(from, matcher.start()));
                parts.add(part);
                from = matcher.end();
            }
            parts.add(text.substring(from));
            List<Object> quoted = new ArrayList<>();
            for (Object part : parts) {
                if (part instanceof String literal) {
                    quoted.addAll(quotedIds(literal));
                } else {
                    quoted.add(part);
                }
            }
            return quoted.size() == 1 && quoted.get(0) instanceof String literal ? literal : new Text(quoted);
        }

        private Object token(String found) {
            if (found.equals(number)) {
                return Token.NUMBER;
            }
            if (found.equals(trainerUser)) {
                return Token.TRAINER;
            }
            if (contentHashes.containsKey(found)) {
                return contentHashes.get(found);
            }
            if (found.length() == SHORT_HASH) {
                return contentHashes.values().stream().filter(hash -> hash.hash().startsWith(found))
                        .map(ShortHash::new).findFirst().orElseThrow();
            }
            return definitionIds.contains(found) ? null : new EngineId(found.substring(0, 24));
        }

        private static List<Object> quotedIds(String literal) {
            List<Object> parts = new ArrayList<>();
            parts.add(literal);
            for (Map.Entry<Pattern, String> quoted : QUOTED_IDS.entrySet()) {
                List<Object> split = new ArrayList<>();
                for (Object part : parts) {
                    if (!(part instanceof String text)) {
                        split.add(part);
                        continue;
                    }
                    Matcher matcher = quoted.getKey().matcher(text);
                    int from = 0;
                    while (matcher.find()) {
                        split.add(text.substring(from, matcher.start(1)));
                        String[] ids = matcher.group(1).split(",", -1);
                        for (int i = 0; i < ids.length; i++) {
                            split.add(i == 0 ? "" : ",");
                            split.add(new OurId(quoted.getValue(), Long.parseLong(ids[i]), true));
                        }
                        from = matcher.end(1);
                    }
                    split.add(text.substring(from));
                }
                parts = split;
            }
            return parts;
        }

        /** Bytes with the places where the number, the trainer or an engine id stands (all ASCII, same length). */
        private Object bytes(byte[] bytes, Long document) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            List<int[]> places = new ArrayList<>();
            List<Object> replaced = new ArrayList<>();
            Matcher matcher = tokens.matcher(text);
            while (matcher.find()) {
                Object part = token(matcher.group());
                if (part == null || part instanceof ContentHash || part instanceof ShortHash) {
                    continue;
                }
                places.add(new int[] {matcher.start(), matcher.end()});
                replaced.add(part);
            }
            if (places.isEmpty()) {
                return bytes;
            }
            if (document != null) {
                rewrittenDocuments.put(document, bytes);
            }
            return new Bytes(bytes, places, replaced, document);
        }
    }

    enum Token { NUMBER, TRAINER }

    record EngineId(String timePart) {
    }

    record OurId(String table, long id, boolean asText) {
    }

    record ContentHash(String table, long id, String hash) {

        /** Of two e-mails with the same body (one message to several people), the first names their hash. */
        static ContentHash first(ContentHash one, ContentHash other) {
            return one.id() <= other.id() ? one : other;
        }
    }

    record ShortHash(ContentHash of) {
    }

    record Text(List<Object> parts) {
    }

    record Bytes(byte[] template, List<int[]> places, List<Object> parts, Long document) {
    }

    /** One copy being written: its number, trainer, engine id node and our ids. */
    private static final class Copying {

        private final Template template;
        private final Copy copy;
        private final String node;
        private final Map<String, Map<Long, Long>> ourIds = new HashMap<>();
        /** The copy's own hashes of the documents and e-mail bodies whose text or bytes changed, by table and id. */
        private final Map<String, String> hashes = new HashMap<>();
        private final Map<Long, byte[]> contents = new HashMap<>();
        private String previousAuditHash = "0".repeat(64);

        Copying(Template template, Copy copy, String node, Map<String, Long> nextIds) {
            this.template = template;
            this.copy = copy;
            this.node = node;
            if (copy.number().length() != template.number.length() || template.trainerUser != null
                    && (copy.trainerUser() == null || copy.trainerUser().length() != template.trainerUser.length())) {
                throw new IllegalArgumentException("A copy's number and trainer account are as long as the"
                        + " template's (" + template.number + ", " + template.trainerUser + "), not " + copy);
            }
            template.ids.forEach((table, ids) -> {
                Map<Long, Long> mapped = new HashMap<>();
                long next = nextIds.get(table);
                for (Long id : ids) {
                    mapped.put(id, next++);
                }
                nextIds.put(table, next);
                ourIds.put(table, mapped);
            });
            for (Map.Entry<Long, byte[]> document : template.rewrittenDocuments.entrySet()) {
                byte[] content = (byte[]) null;
                for (Template.Row row : template.compiled.get("document_content")) {
                    for (Object cell : row.cells()) {
                        if (cell instanceof Bytes bytes && document.getKey().equals(bytes.document())) {
                            content = assemble(bytes);
                        }
                    }
                }
                contents.put(document.getKey(), content);
                hashes.put("stored_document" + document.getKey(), DigestUtils.sha256Hex(content));
            }
            Schema.Table emails = template.schema.tables.get("email_message");
            for (Template.Row row : template.compiled.getOrDefault("email_message", List.of())) {
                long id = ((OurId) row.cells()[emails.index("id")]).id();
                hashes.put("email_message" + id, DigestUtils.sha256Hex((String) value(row.cells()[emails.index("body")])));
            }
        }

        void bind(PreparedStatement insert, Schema.Table table, Template.Row row) throws SQLException {
            Object[] values = new Object[row.cells().length];
            for (int i = 0; i < values.length; i++) {
                values[i] = value(row.cells()[i]);
            }
            if (table.name.equals("audit_record")) {
                rehash(table, values);
            }
            for (int i = 0; i < values.length; i++) {
                table.columns.get(i).write(insert, i + 1, values[i]);
            }
        }

        private Object value(Object cell) {
            if (cell instanceof Text text) {
                StringBuilder assembled = new StringBuilder();
                text.parts().forEach(part -> assembled.append(part(part)));
                return assembled.toString();
            }
            if (cell instanceof OurId id) {
                long mapped = mapped(id);
                return id.asText() ? String.valueOf(mapped) : (Object) mapped;
            }
            if (cell instanceof Bytes bytes) {
                return bytes.document() != null ? contents.get(bytes.document()) : assemble(bytes);
            }
            return cell;
        }

        private String part(Object part) {
            if (part instanceof String literal) {
                return literal;
            }
            if (part == Token.NUMBER) {
                return copy.number();
            }
            if (part == Token.TRAINER) {
                return copy.trainerUser();
            }
            if (part instanceof EngineId id) {
                return id.timePart() + node;
            }
            if (part instanceof ContentHash hash) {
                return hashes.getOrDefault(hash.table() + hash.id(), hash.hash());
            }
            if (part instanceof ShortHash hash) {
                return part(hash.of()).substring(0, SHORT_HASH);
            }
            if (part instanceof OurId id) {
                return String.valueOf(mapped(id));
            }
            throw new IllegalStateException("Unknown part " + part);
        }

        private long mapped(OurId id) {
            return ourIds.getOrDefault(id.table(), Map.of()).getOrDefault(id.id(), id.id());
        }

        private byte[] assemble(Bytes bytes) {
            byte[] copied = bytes.template().clone();
            for (int i = 0; i < bytes.places().size(); i++) {
                byte[] replacement = part(bytes.parts().get(i)).getBytes(StandardCharsets.ISO_8859_1);
                System.arraycopy(replacement, 0, copied, bytes.places().get(i)[0], replacement.length);
            }
            return copied;
        }

        /** The audit chain of the copy, sealed again link by link (AuditRecord's documented hash). */
        private void rehash(Schema.Table table, Object[] values) {
            values[table.index("previous_hash")] = previousAuditHash;
            Object occurred = values[table.index("occurred_at")];
            LocalDateTime at = occurred instanceof java.sql.Timestamp timestamp ? timestamp.toLocalDateTime()
                    : (LocalDateTime) occurred;
            String canonical = Stream.of(values[table.index("contract_number")],
                            values[table.index("sequence")].toString(), AUDIT_TIME.format(at), values[table.index("actor")],
                            values[table.index("kind")], values[table.index("group_code")],
                            values[table.index("task_key")], values[table.index("task_name")],
                            values[table.index("summary")], values[table.index("details")])
                    .map(value -> value == null ? "-"
                            : value.toString().getBytes(StandardCharsets.UTF_8).length + ":" + value)
                    .collect(Collectors.joining("\n"));
            previousAuditHash = DigestUtils.sha256Hex(previousAuditHash + canonical);
            values[table.index("hash")] = previousAuditHash;
        }
    }

    /** The tables as the database describes them: columns, generated ids, foreign keys, an order to insert. */
    static final class Schema {

        final Map<String, Table> tables = new LinkedHashMap<>();
        final List<String> insertOrder = new ArrayList<>();
        final boolean upperCase;

        private Schema(boolean upperCase) {
            this.upperCase = upperCase;
        }

        record ForeignKey(String column, String parent, String parentColumn) {
        }

        record Column(String name, String quotedName, int type) {

            boolean binary() {
                return type == Types.BLOB || type == Types.BINARY || type == Types.VARBINARY
                        || type == Types.LONGVARBINARY;
            }

            Object read(ResultSet result, int index) throws SQLException {
                if (binary()) {
                    return result.getBytes(index);
                }
                if (type == Types.CLOB || type == Types.NCLOB) {
                    return result.getString(index);
                }
                return result.getObject(index);
            }

            void write(PreparedStatement insert, int index, Object value) throws SQLException {
                if (value == null) {
                    insert.setNull(index, type);
                } else if (value instanceof byte[] bytes) {
                    insert.setBytes(index, bytes);
                } else if (type == Types.CLOB || type == Types.NCLOB) {
                    insert.setString(index, (String) value);
                } else {
                    insert.setObject(index, value);
                }
            }
        }

        static final class Table {
            final String name;
            final String quoted;
            final List<Column> columns = new ArrayList<>();
            final List<ForeignKey> foreignKeys = new ArrayList<>();
            private final Map<String, Integer> indexes = new HashMap<>();
            /** The columns some index starts with. */
            final Set<String> indexed = new HashSet<>();
            String identity;

            Table(String name, String quoted) {
                this.name = name;
                this.quoted = quoted;
            }

            boolean engines() {
                return name.startsWith("act_");
            }

            boolean has(String column) {
                return indexes.containsKey(column);
            }

            int index(String column) {
                Integer index = indexes.get(column);
                if (index == null) {
                    throw new IllegalArgumentException(name + " has no column " + column);
                }
                return index;
            }

            String quote(String column) {
                return columns.get(index(column)).quotedName();
            }

            String columnList() {
                return columns.stream().map(column -> column.quotedName()).collect(Collectors.joining(", "));
            }

            String insert() {
                return "insert into " + quoted + " (" + columnList() + ") values ("
                        + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
            }

            /** The table whose generated id the column holds, if any. */
            String references(String column) {
                return foreignKeys.stream().filter(key -> key.column().equals(column)).map(ForeignKey::parent)
                        .findFirst().orElse(null);
            }
        }

        static Schema read(Connection connection) throws SQLException {
            DatabaseMetaData meta = connection.getMetaData();
            String schemaName = connection.getSchema();
            Schema schema = new Schema(meta.storesUpperCaseIdentifiers());
            try (ResultSet tables = meta.getTables(null, schemaName, "%", null)) {
                while (tables.next()) {
                    if (!Set.of("TABLE", "BASE TABLE").contains(tables.getString("TABLE_TYPE"))) {
                        continue;
                    }
                    String name = tables.getString("TABLE_NAME");
                    String lower = name.toLowerCase(Locale.ROOT);
                    if (lower.equals("hankevoog_schema_history") || lower.startsWith("spring_session")) {
                        continue;
                    }
                    schema.tables.put(lower, new Table(lower, "\"" + name + "\""));
                }
            }
            for (Table table : schema.tables.values()) {
                String name = table.quoted.substring(1, table.quoted.length() - 1);
                try (ResultSet columns = meta.getColumns(null, schemaName, name, "%")) {
                    while (columns.next()) {
                        String column = columns.getString("COLUMN_NAME");
                        String lower = column.toLowerCase(Locale.ROOT);
                        table.indexes.put(lower, table.columns.size());
                        table.columns.add(new Column(lower, "\"" + column + "\"", columns.getInt("DATA_TYPE")));
                        if ("YES".equals(columns.getString("IS_AUTOINCREMENT")) && !table.engines()) {
                            table.identity = lower;
                        }
                    }
                }
                try (ResultSet indexes = meta.getIndexInfo(null, schemaName, name, false, true)) {
                    while (indexes.next()) {
                        if (indexes.getShort("ORDINAL_POSITION") == 1 && indexes.getString("COLUMN_NAME") != null) {
                            table.indexed.add(indexes.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                        }
                    }
                }
                try (ResultSet keys = meta.getImportedKeys(null, schemaName, name)) {
                    while (keys.next()) {
                        table.foreignKeys.add(new ForeignKey(keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
                                keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT),
                                keys.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT)));
                    }
                }
            }
            schema.orderTables();
            return schema;
        }

        private void orderTables() {
            Set<String> placed = new LinkedHashSet<>();
            while (placed.size() < tables.size()) {
                int before = placed.size();
                for (Table table : tables.values()) {
                    if (!placed.contains(table.name) && table.foreignKeys.stream().map(ForeignKey::parent)
                            .allMatch(parent -> parent.equals(table.name) || placed.contains(parent)
                                    || !tables.containsKey(parent))) {
                        placed.add(table.name);
                    }
                }
                if (placed.size() == before) {
                    throw new IllegalStateException("Foreign keys in a cycle among " + tables.keySet());
                }
            }
            insertOrder.addAll(placed);
        }

        /** A table's rows with each row after the rows of the same table it refers to. */
        List<Object[]> parentsFirst(String name, List<Object[]> rows) {
            Table table = tables.get(name);
            List<ForeignKey> own = table.foreignKeys.stream().filter(key -> key.parent().equals(name)).toList();
            if (own.isEmpty()) {
                return rows;
            }
            int id = table.index(own.get(0).parentColumn());
            Set<Object> ids = rows.stream().map(row -> row[id]).collect(Collectors.toSet());
            Set<Object> written = new HashSet<>();
            List<Object[]> ordered = new ArrayList<>();
            Collection<Object[]> left = new ArrayList<>(rows);
            while (!left.isEmpty()) {
                List<Object[]> ready = left.stream().filter(row -> own.stream().map(key -> row[table.index(key.column())])
                        .allMatch(parent -> parent == null || Objects.equals(parent, row[id]) || written.contains(parent)
                                || !ids.contains(parent))).toList();
                if (ready.isEmpty()) {
                    throw new IllegalStateException(name + "'s rows refer to each other in a cycle");
                }
                ready.forEach(row -> written.add(row[id]));
                ordered.addAll(ready);
                left.removeAll(ready);
            }
            return ordered;
        }
    }
}

package ee.hankevoog.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Nodes keep the contracts they read while the version stands ({@link KeptContracts}), so a migration that writes
 * the contract's tables raises its version too; those from before contracts were kept ran on nodes with none kept.
 */
class MigrationsRaiseContractVersionTest {

    private static final int LAST_BEFORE_KEPT_CONTRACTS = 18;
    private static final Pattern WRITE = Pattern.compile(
            "(?i)\\b(update|insert\\s+into|delete\\s+from)\\s+(contract|trainer|training_group|training_day)\\b");
    private static final Pattern RAISES_VERSION = Pattern.compile("(?i)version\\s*=\\s*version\\s*\\+\\s*1");
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    @Test
    void everyLaterMigrationThatWritesAContractRaisesItsVersion() throws IOException {
        List<String> offending = migrations().stream()
                .filter(migration -> version(migration) > LAST_BEFORE_KEPT_CONTRACTS)
                .filter(migration -> writesContractsWithoutVersion(text(migration)))
                .map(Resource::getFilename).toList();

        assertThat(offending).as("add `update contract set version = version + 1 where …` for the contracts"
                + " these change").isEmpty();
    }

    @Test
    void findsAWriteThatLeavesTheVersion() throws IOException {
        Resource v12 = migrations().stream().filter(migration -> version(migration) == 12).findFirst().orElseThrow();

        assertThat(writesContractsWithoutVersion(text(v12))).as("V12 confirms groups without raising versions")
                .isTrue();
        assertThat(writesContractsWithoutVersion("update contract_deadline set status = 'MET';")).isFalse();
        assertThat(writesContractsWithoutVersion("update training_day set held = true;"
                + " update contract set version = version + 1;")).isFalse();
    }

    private static boolean writesContractsWithoutVersion(String sql) {
        Matcher write = WRITE.matcher(sql);
        return write.find() && !RAISES_VERSION.matcher(sql).find();
    }

    private static List<Resource> migrations() throws IOException {
        return Arrays.asList(new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql"));
    }

    private static int version(Resource migration) {
        Matcher name = VERSION.matcher(migration.getFilename());
        return name.matches() ? Integer.parseInt(name.group(1)) : Integer.MAX_VALUE;
    }

    private static String text(Resource migration) {
        try {
            return migration.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

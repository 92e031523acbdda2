package ee.hankevoog.security;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Camunda identity groups; a user's groups are their roles, in the engine and in Hankevoog's API. */
public final class Roles {

    public static final String OFFICERS = "officers";
    public static final String TRAINERS = "trainers";
    public static final String AUDITORS = "auditors";
    public static final String ADMINS = "camunda-admin";

    private Roles() {
    }

    /** A logged-in user's roles: the groups behind Spring Security's {@code ROLE_} authorities. */
    static List<String> of(Authentication login) {
        return login.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(role -> role.startsWith("ROLE_")).map(role -> role.substring(5)).toList();
    }

    /** An officer or an administrator: may record on every contract, where a trainer records only on their own. */
    public static boolean isOfficerOrAdmin(Authentication login) {
        List<String> roles = of(login);
        return roles.contains(OFFICERS) || roles.contains(ADMINS);
    }

    /** A trainer who is not also an officer, auditor or administrator: their home is their own tasks. */
    public static boolean isOnlyTrainer(Authentication login) {
        List<String> roles = of(login);
        return roles.contains(TRAINERS) && roles.stream().noneMatch(List.of(OFFICERS, AUDITORS, ADMINS)::contains);
    }
}

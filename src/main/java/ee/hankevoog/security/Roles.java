package ee.hankevoog.security;

/** Camunda identity groups; a user's groups are their roles, in the engine and in Hankevoog's API. */
public final class Roles {

    public static final String OFFICERS = "officers";
    public static final String TRAINERS = "trainers";
    public static final String AUDITORS = "auditors";
    public static final String ADMINS = "camunda-admin";

    private Roles() {
    }
}

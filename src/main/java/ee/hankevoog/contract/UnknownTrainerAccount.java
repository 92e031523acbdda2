package ee.hankevoog.contract;

public class UnknownTrainerAccount extends RuntimeException {

    private final String field;

    public UnknownTrainerAccount(int index, String user) {
        super("trainers[" + index + "].user '" + user + "' is not a user of the group " + TrainerAccounts.TRAINERS_GROUP
                + "; create the user in Camunda Admin first, or leave 'user' out to link by e-mail");
        this.field = "trainers[" + index + "].user";
    }

    public String field() {
        return field;
    }
}

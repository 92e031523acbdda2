package ee.hankevoog.training;

/** The two audiences of the reference contract, each with its own shape of training days. */
public enum TargetGroup {
    /** Child-protection workers: days 1 and 2 on consecutive working days, day 3 later. */
    WORKERS(3),
    /** Child-protection leaders: day 1 theory and practice, day 2 exchange of experience. */
    LEADERS(2);

    private final int trainingDays;

    TargetGroup(int trainingDays) {
        this.trainingDays = trainingDays;
    }

    public int trainingDays() {
        return trainingDays;
    }
}

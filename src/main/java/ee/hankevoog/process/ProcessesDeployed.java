package ee.hankevoog.process;

/** Both process models are deployed, in their newest versions, at start-up. */
public record ProcessesDeployed() {
}

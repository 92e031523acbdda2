package ee.hankevoog;

import ee.hankevoog.demo.SampleAnswers;
import java.util.Map;

/** A valid completion of each user task, as a trainer or officer would fill the form on the engine's today. */
public final class TaskValues {

    private TaskValues() {
    }

    public static Map<String, Object> valid(String taskKey) {
        return SampleAnswers.valid(taskKey, ProcessDriver.today());
    }

    public static Map<String, Object> with(String taskKey, String key, Object value) {
        Map<String, Object> values = valid(taskKey);
        values.put(key, value);
        return values;
    }
}

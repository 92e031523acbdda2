package ee.hankevoog.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** Every reminder and escalation follows a timer attached to the user task it is about: that is how it finds it. */
class NoticeTimersTest {

    @Test
    void everyNoticeFollowsATimerOnAUserTask() throws IOException {
        List<ServiceTask> notices = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            files.filter(file -> file.toString().endsWith(".bpmn")).forEach(file -> Bpmn.readModelFromFile(
                    file.toFile()).getModelElementsByType(ServiceTask.class).stream()
                    .filter(task -> List.of("${remindTrainers}", "${escalateToOfficer}", "${remindOfficer}",
                            "${escalateToOfficers}").contains(task.getCamundaDelegateExpression()))
                    .forEach(notices::add));
        }

        assertThat(notices).hasSizeGreaterThanOrEqualTo(4).allSatisfy(notice -> assertThat(notice.getIncoming())
                .as(notice.getId()).map(SequenceFlow::getSource).singleElement()
                .isInstanceOfSatisfying(BoundaryEvent.class, timer -> {
                    assertThat(timer.getEventDefinitions()).singleElement().isInstanceOf(TimerEventDefinition.class);
                    assertThat(timer.getAttachedTo()).isInstanceOf(UserTask.class);
                    assertThat(timer.cancelActivity()).isFalse();
                }));
        assertThat(notices).noneMatch(notice -> notice.getExtensionElements() != null
                && notice.getExtensionElements().getDomElement().getTextContent().contains("taskKey"));
    }
}

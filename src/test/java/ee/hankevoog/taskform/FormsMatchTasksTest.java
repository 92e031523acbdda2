package ee.hankevoog.taskform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ee.hankevoog.process.ContractProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Camunda Forms that Tasklist shows ask for exactly what {@link TaskForms} lets a completion carry, in
 * the same types and with the same rules, so a form can neither miss a value the server needs nor collect
 * one nobody checks.
 */
class FormsMatchTasksTest {

    private static final Path MODELS = Path.of("bpmn");
    private static final Path FORMS = Path.of("forms");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A user task, or the lifecycle's start event, and the form it refers to. */
    record FormElement(String id, String formRef, String formRefBinding) {
    }

    static Stream<Named<FormElement>> formElements() {
        List<FormElement> elements = new ArrayList<>();
        for (Path file : files(MODELS, ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            model.getModelElementsByType(UserTask.class).forEach(task -> elements.add(
                    new FormElement(task.getId(), task.getCamundaFormRef(), task.getCamundaFormRefBinding())));
            model.getModelElementsByType(StartEvent.class).stream()
                    .filter(start -> start.getId().equals(ContractProcess.START_FORM))
                    .forEach(start -> elements.add(new FormElement(start.getId(), start.getCamundaFormRef(),
                            start.getCamundaFormRefBinding())));
        }
        return elements.stream().map(element -> Named.of(element.id(), element));
    }

    static Stream<Named<Path>> formFiles() {
        return files(FORMS, ".form").stream().map(file -> Named.of(file.getFileName().toString(), file));
    }

    @Test
    void findsTheStartFormAndTheUserTasksOfBothModels() {
        List<String> ids = formElements().map(element -> element.getPayload().id()).toList();

        assertThat(ids).contains(ContractProcess.START_FORM, ContractProcess.Task.AGREE_TRAINING_DATES,
                ContractProcess.Task.RECORD_TRAINING_DAY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formElements")
    void saysWhatItsCompletionCarries(FormElement element) {
        assertThat(TaskForms.all()).as("TaskForms entry of %s", element.id()).containsKey(element.id());
        assertThat(TaskForms.of(element.id())).as("fields of %s", element.id()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formElements")
    void refersToAFormDeployedWithTheModels(FormElement element) {
        assertThat(element.formRef()).as("camunda:formRef of %s", element.id()).isNotBlank();
        assertThat(element.formRefBinding()).as("camunda:formRefBinding of %s", element.id())
                .isEqualTo("deployment");
        assertThat(formsById()).as("forms/*.form ids").containsKey(element.formRef());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formElements")
    void asksForEveryValueWithAFieldOfItsType(FormElement element) {
        Map<String, JsonNode> inputs = inputsOf(element);
        if (TaskForms.completedByHankevoog(element.id())) {
            assertThat(inputs).as("%s: completed by Hankevoog, so its form asks for nothing", element.id()).isEmpty();
            return;
        }

        for (FormField field : TaskForms.of(element.id())) {
            assertThat(inputs).as("%s: form field for %s", element.id(), field.key()).containsKey(field.key());
            JsonNode input = inputs.get(field.key());
            assertThat(formType(input)).as("%s: form-js type of %s (%s)", element.id(), field.key(), field.type())
                    .isIn(formTypes(field.type()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formElements")
    void collectsNoValueTheServerDoesNotCheck(FormElement element) {
        Set<String> checked = TaskForms.of(element.id()).stream().map(FormField::key).collect(Collectors.toSet());

        assertThat(inputsOf(element).keySet()).as("%s: form fields unknown to TaskForms", element.id())
                .isSubsetOf(checked);
    }

    /**
     * A value a task's form collects stays the task's own: each field has a task-local input mapping, so that a
     * completion cannot write it into the process scope, where it could shadow or overwrite the process's data.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("formElements")
    void keepsEveryFormValueTaskLocal(FormElement element) {
        UserTask task = userTasks().get(element.id());
        if (task == null) {
            return;
        }
        Set<String> local = task.getExtensionElements() == null ? Set.of() : task.getExtensionElements()
                .getElementsQuery().filterByType(CamundaInputOutput.class).list().stream()
                .flatMap(io -> io.getCamundaInputParameters().stream()).map(CamundaInputParameter::getCamundaName)
                .collect(Collectors.toSet());

        assertThat(local).as("%s: task-local input mappings", element.id()).containsAll(inputsOf(element).keySet());
    }

    private static Map<String, UserTask> userTasks() {
        Map<String, UserTask> tasks = new HashMap<>();
        for (Path file : files(MODELS, ".bpmn")) {
            Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)
                    .forEach(task -> tasks.put(task.getId(), task));
        }
        return tasks;
    }

    /**
     * A form-js checkbox always submits true or false, and marking it required means "must be ticked". So a
     * yes/no answer, whose "no" is as valid as its "yes", is never required in the form; a confirmation is.
     * Conditionally required values are left to the server.
     */
    private static List<FormField> askedInTheForm(FormElement element) {
        return TaskForms.completedByHankevoog(element.id()) ? List.of() : TaskForms.of(element.id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formElements")
    void requiresWhatTheServerRequires(FormElement element) {
        Map<String, JsonNode> inputs = inputsOf(element);

        for (FormField field : askedInTheForm(element)) {
            boolean required = field.type() == FieldType.BOOLEAN ? field.required() && field.mustBeTrue()
                    : field.required();
            assertThat(inputs.get(field.key()).path("validate").path("required").asBoolean(false))
                    .as("%s: validate.required of %s", element.id(), field.key()).isEqualTo(required);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formElements")
    void offersTheChoicesAndBoundsTheServerAccepts(FormElement element) {
        Map<String, JsonNode> inputs = inputsOf(element);

        for (FormField field : askedInTheForm(element)) {
            JsonNode input = inputs.get(field.key());
            if (field.type() == FieldType.CHOICE) {
                assertThat(input.path("values").findValuesAsText("value"))
                        .as("%s: values of %s", element.id(), field.key())
                        .containsExactlyElementsOf(field.choices());
            }
            if (field.type() == FieldType.NUMBER) {
                assertThat(bound(input, "min")).as("%s: validate.min of %s", element.id(), field.key())
                        .isEqualTo(field.min());
                assertThat(bound(input, "max")).as("%s: validate.max of %s", element.id(), field.key())
                        .isEqualTo(field.max());
            }
        }
    }

    @Test
    void everyFormIsShownBySomeTaskOrStartEvent() {
        Set<String> referenced = formElements().map(element -> element.getPayload().formRef())
                .collect(Collectors.toSet());

        assertThat(formsById().keySet()).as("forms no task refers to").isSubsetOf(referenced);
    }

    @Test
    void taskFormsDescribesOnlyElementsOfTheModels() {
        Set<String> elements = formElements().map(element -> element.getPayload().id()).collect(Collectors.toSet());

        assertThat(TaskForms.all().keySet()).as("TaskForms entries without a task").isSubsetOf(elements);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formFiles")
    void isACamundaFormForPlatform7(Path file) {
        JsonNode form = read(file);

        assertThat(form.path("type").asText()).isEqualTo("default");
        assertThat(form.path("id").asText()).startsWith("Form_");
        assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
        assertThat(form.path("components").isArray()).isTrue();
    }

    @Test
    void everyFormHasItsOwnId() {
        Map<String, List<String>> filesById = files(FORMS, ".form").stream().collect(Collectors.groupingBy(
                file -> read(file).path("id").asText(), Collectors.mapping(f -> f.getFileName().toString(),
                        Collectors.toList())));

        assertThat(filesById.values()).as("files sharing an id").allSatisfy(files -> assertThat(files).hasSize(1));
    }

    private static Map<String, JsonNode> inputsOf(FormElement element) {
        JsonNode form = formsById().get(element.formRef());
        assertThat(form).as("form %s of %s", element.formRef(), element.id()).isNotNull();
        Map<String, JsonNode> inputs = new LinkedHashMap<>();
        collectInputs(form.path("components"), inputs);
        return inputs;
    }

    /** Anything with a key is an input, groups included in the walk so a nested field is not missed. */
    private static void collectInputs(JsonNode components, Map<String, JsonNode> inputs) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                assertThat(inputs.put(component.get("key").asText(), component)).as("key %s given twice",
                        component.get("key").asText()).isNull();
            }
            collectInputs(component.path("components"), inputs);
        }
    }

    private static String formType(JsonNode input) {
        String type = input.path("type").asText();
        return type.equals("datetime") ? type + "/" + input.path("subtype").asText() : type;
    }

    private static Set<String> formTypes(FieldType type) {
        return switch (type) {
            case TEXT -> Set.of("textfield", "textarea");
            case NUMBER -> Set.of("number");
            case BOOLEAN -> Set.of("checkbox");
            case DATE -> Set.of("datetime/date");
            case CHOICE -> Set.of("select", "radio");
        };
    }

    private static Long bound(JsonNode input, String name) {
        JsonNode bound = input.path("validate").path(name);
        return bound.isNumber() ? bound.asLong() : null;
    }

    private static Map<String, JsonNode> formsById() {
        return files(FORMS, ".form").stream().map(FormsMatchTasksTest::read)
                .collect(Collectors.toMap(form -> form.path("id").asText(), Function.identity()));
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " as JSON", e);
        }
    }

    private static List<Path> files(Path folder, String extension) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

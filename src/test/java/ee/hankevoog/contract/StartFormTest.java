package ee.hankevoog.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.TestContracts;
import ee.hankevoog.process.ContractProcess;
import ee.hankevoog.taskform.CompletionRefused;
import ee.hankevoog.training.TargetGroup;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** A contract started from Tasklist's start form, as an officer fills it in. */
@HankevoogTest
class StartFormTest {

    @Autowired
    FormService forms;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ContractRepository contracts;

    @BeforeEach
    void signingDay() {
        ProcessDriver.setClock(TestContracts.SIGNED_ON);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void registersTheContractAndStartsItsLifecycle(TestInfo test) {
        String number = "SF-" + test.getTestMethod().orElseThrow().getName().substring(0, 20);

        ProcessInstance started = submit(form(number));

        Contract contract = contracts.findByNumber(number).orElseThrow();
        assertThat(started.getBusinessKey()).isEqualTo(number);
        assertThat(contract.signedOn()).isEqualTo(LocalDate.parse("2026-03-16"));
        assertThat(contract.trainers()).extracting(Trainer::email).containsExactly("tiit@example.ee", "kati@example.ee");
        assertThat(contract.group("W1").trainingDates()).hasSize(3);
        assertThat(contract.group("L1").targetGroup()).isEqualTo(TargetGroup.LEADERS);
        assertThat(contract.group("L1").hasDays()).isFalse();
        assertThat(runtime.getVariable(started.getId(), "contractNumber")).isEqualTo(number);
    }

    @Test
    void refusesALineItCannotRead() {
        Map<String, Object> form = form("SF-badline");
        form.put("groups", "W1, WORKERS, Tallinn, 15, 20");

        assertThatThrownBy(() -> submit(form)).isInstanceOf(CompletionRefused.class)
                .hasMessageContaining("write one group a line as 'CODE; WORKERS or LEADERS; place;");
        assertThat(contracts.existsByNumber("SF-badline")).isFalse();
    }

    @Test
    void refusesATrainerWithoutAnEmailAddress() {
        Map<String, Object> form = form("SF-trainer");
        form.put("trainers", "Tiit Tamm");

        assertThatThrownBy(() -> submit(form)).hasMessageContaining("'Name <email>'");
    }

    @Test
    void refusesProposedDaysThatBreakTheSchedule() {
        Map<String, Object> form = form("SF-weekend");
        form.put("groups", "W1; WORKERS; Tallinn; 15; 20; 2026-04-18 2026-04-20 2026-05-25");

        assertThatThrownBy(() -> submit(form)).isInstanceOf(CompletionRefused.class)
                .hasMessageContaining("Group W1").hasMessageContaining("18.04.2026 is a Saturday");
        assertThat(contracts.existsByNumber("SF-weekend")).isFalse();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "contractNumber | KOV/2027/1 | number may hold letters, digits and . _ - only",
            "groups | W1; WORKERS; Tallinn; 0; 20 | groups[0].participantLimit must be greater than or equal to 1",
            "groups | W1; WORKERS; Tallinn; 15; 20 NEXT W1; LEADERS; Tartu; 15; 13 | every group needs its own code",
            "trainers | Tiit Tamm <tiit@example.ee> (tiit.tamm) | trainers[0].user is a Camunda user id"})
    void refusesWhatTheApiRefusesWithTheSameRule(String field, String value, String rule) {
        Map<String, Object> form = form("SF-rule-" + Math.abs(value.hashCode()));
        form.put(field, value.replace(" NEXT ", "\n"));

        assertThatThrownBy(() -> submit(form)).isInstanceOf(CompletionRefused.class)
                .hasMessageContaining("Field '" + field + "'").hasMessageContaining(rule);
    }

    @Test
    void refusesADuplicateNumber() {
        submit(form("SF-twice"));

        assertThatThrownBy(() -> submit(form("SF-twice"))).isInstanceOf(CompletionRefused.class)
                .hasMessageContaining("A contract numbered SF-twice already exists");
    }

    private ProcessInstance submit(Map<String, Object> form) {
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey(ContractProcess.LIFECYCLE)
                .latestVersion().singleResult().getId();
        return forms.submitStartForm(definition, form);
    }

    private static Map<String, Object> form(String number) {
        Map<String, Object> form = new HashMap<>();
        form.put("contractNumber", number);
        form.put("title", "Kovisioon lastekaitses");
        form.put("signedOn", "2026-03-16");
        form.put("contactName", "Mari Maasikas");
        form.put("contactEmail", "mari@example.ee");
        form.put("trainers", "Tiit Tamm <tiit@example.ee>\nKati Kask <kati@example.ee>\n");
        form.put("groups", "W1; WORKERS; Tallinn; 15; 20; 2026-04-20 2026-04-21 2026-05-25\nL1; leaders; Tallinn; 15; 13\n");
        return form;
    }
}

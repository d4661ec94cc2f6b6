package uk.care.tracker.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.care.tracker.escalation.EscalatedCaseProcess;
import uk.care.tracker.escalation.RepeatConcernOfferProcess;
import uk.care.tracker.governance.MonthlyGovernanceProcess;
import uk.care.tracker.probation.ProbationActionProcess;
import uk.care.tracker.retention.RetentionRunProcess;
import uk.care.tracker.supervision.SupervisionActionProcess;

/**
 * Each process contract ({@code *Process}) against the BPMN and forms a process owner edits in the Modeler: a
 * renamed task, a changed key or a start form field taken away fails here in a second, not in an integration test
 * minutes later. Reads the files under {@code processes/} and {@code forms/} as they are in the working tree.
 */
class ProcessContractsTest {

    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Class<?>> contracts() {
        return Stream.of(SupervisionActionProcess.class, ProbationActionProcess.class, EscalatedCaseProcess.class,
                RepeatConcernOfferProcess.class, MonthlyGovernanceProcess.class, RetentionRunProcess.class);
    }

    @Test
    void every_bpmn_has_a_contract() {
        Set<String> bpmn = Stream.of(new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn")))
                .map(f -> "processes/" + f.getName())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> contracted = contracts().map(c -> constants(c).get("RESOURCE"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(contracted).as("one *Process contract per BPMN under processes/").isEqualTo(bpmn);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void the_key_and_every_id_are_in_the_bpmn(Class<?> contract) {
        Map<String, String> constants = constants(contract);
        BpmnModelInstance model = Bpmn.readModelFromFile(new File(constants.get("RESOURCE")));

        assertThat(model.getModelElementsByType(Process.class)).extracting(Process::getId)
                .as("process key of %s", contract.getSimpleName())
                .contains(constants.get("KEY"));

        List<String> missing = new ArrayList<>();
        constants.forEach((name, id) -> {
            boolean element = model.getModelElementById(id) instanceof BaseElement;
            if (!name.equals("KEY") && !name.equals("RESOURCE") && !element) {
                missing.add(contract.getSimpleName() + "." + name + " = " + id);
            }
        });
        assertThat(missing).as("ids in the contract that %s no longer has", constants.get("RESOURCE")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void the_start_variables_are_fields_of_the_start_form(Class<?> contract) throws IOException {
        Class<?> start = Stream.of(contract.getDeclaredClasses())
                .filter(c -> c.getSimpleName().equals("Start")).findFirst().orElse(null);
        if (start == null) {
            return; // started by a timer, or by another process with no form of its own
        }
        Map<String, String> variables = constants(start);
        String form = variables.remove("FORM");
        BpmnModelInstance model = Bpmn.readModelFromFile(new File(constants(contract).get("RESOURCE")));

        assertThat(model.getModelElementsByType(StartEvent.class))
                .extracting(e -> e.getAttributeValueNs(CAMUNDA, "formRef"))
                .as("a start event bound to the form %s", form)
                .contains(form);
        assertThat(formFields(form)).as("fields of forms/%s.form", form).containsAll(variables.values());
    }

    @Test
    void every_form_a_bpmn_binds_is_under_forms() throws IOException {
        List<String> missing = new ArrayList<>();
        for (File file : new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"))) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file);
            for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
                String ref = element.getAttributeValueNs(CAMUNDA, "formRef");
                if (ref != null && !formIdIs(ref)) {
                    missing.add(file.getName() + " " + element.getId() + " -> " + ref);
                }
            }
        }
        assertThat(missing).as("formRefs with no forms/<ref>.form of that id").isEmpty();
    }

    private static boolean formIdIs(String ref) throws IOException {
        File file = new File("forms/" + ref + ".form");
        return file.isFile() && ref.equals(JSON.readTree(file).path("id").asText());
    }

    private static Set<String> formFields(String form) throws IOException {
        Set<String> keys = new TreeSet<>();
        collectKeys(JSON.readTree(new File("forms/" + form + ".form")).path("components"), keys);
        return keys;
    }

    private static void collectKeys(JsonNode node, Set<String> keys) {
        if (node.isObject() && node.hasNonNull("key")) {
            keys.add(node.get("key").asText());
        }
        node.forEach(child -> collectKeys(child, keys));
    }

    /** The contract's public static final strings, by field name, in declaration order. */
    private static Map<String, String> constants(Class<?> type) {
        Map<String, String> constants = new LinkedHashMap<>();
        for (Field field : type.getDeclaredFields()) {
            int m = field.getModifiers();
            boolean constant = Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m);
            if (constant && field.getType() == String.class) {
                try {
                    constants.put(field.getName(), (String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return constants;
    }
}

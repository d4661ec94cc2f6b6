package uk.care.tracker.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.base.DescribedPredicate;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dependency rule of ADR 0001, checked on the compiled classes in a second or two (a unit test, not an *IT).
 * <p>
 * The order, from the bottom: {@code calendar}, {@code registers}, {@code engine}, {@code security}, {@code api};
 * then {@code staff}, {@code notifications}, {@code evidence}, {@code corrections}; then the workflows
 * ({@code supervision}, {@code escalation}, {@code probation}); then {@code reports} (KPIs and reports over the
 * registers); then {@code evidencepack}, {@code governance} (the monthly run), {@code meetings} and {@code retention},
 * which read reports; and {@code demo}/{@code operations}/{@code tasklist} beside them. A package may use any package
 * below it, never one above.
 */
@AnalyzeClasses(packages = "uk.care.tracker", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "uk.care.tracker.";

    private static String[] packages(String... names) {
        String[] result = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            result[i] = ROOT + names[i] + "..";
        }
        return result;
    }

    private static final String[] BASE =
            packages("registers", "engine", "calendar", "staff", "security", "notifications", "evidence");

    /** No two feature packages need each other: each can be read, and changed, from the bottom up. */
    @ArchTest
    static final ArchRule no_package_cycles = slices().matching("uk.care.tracker.(*)..")
            .should().beFreeOfCycles();

    /** The base packages are what every workflow builds on; they know nothing of any workflow or its reports. */
    @ArchTest
    static final ArchRule base_packages_know_no_workflow = noClasses().that().resideInAnyPackage(BASE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    packages("supervision", "escalation", "probation", "governance", "reports", "evidencepack", "meetings",
                            "retention"))
            .because("ADR 0001: workflow packages use the base packages, never the other way round");

    /**
     * Camunda's internal classes ({@code org.camunda.bpm.engine.impl..}) change between minor versions; only
     * {@code engine} (the glue to Camunda) and {@code tasklist} (whose job is tuning the engine and its webapp)
     * reach into them. The named classes below are the exceptions left, each for a reason the engine's public API
     * does not cover.
     */
    @ArchTest
    static final ArchRule camunda_internals_stay_in_engine = noClasses()
            .that().resideOutsideOfPackages(packages("engine", "tasklist"))
            .and(are(
                    // the application's clock is the engine's clock (ClockUtil), so timers and due dates agree
                    "uk.care.tracker.calendar.Clock",
                    // the demo moves the engine clock and wakes the job executor
                    "uk.care.tracker.demo.DemoClockController", "uk.care.tracker.demo.DemoProvider",
                    // an engine plugin publishing the engine's metrics registry to Micrometer
                    "uk.care.tracker.operations.EngineMetricsToMicrometer",
                    // who is logged in to the engine (IdentityService answers with an impl Authentication)
                    "uk.care.tracker.security.EngineApiGate", "uk.care.tracker.notifications.TaskEvents",
                    // the engine's identity provider for group members
                    "uk.care.tracker.security.Colleagues").negate())
            .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
            .because("Camunda's impl classes are not its API; keep them behind engine/");

    /**
     * HTTP belongs at the edge. Controllers and the API's error types ({@code NotFound}, {@code Forbidden},
     * {@code ApiErrors.BadRequest}) stay out of the glue to the engine, the calendar, the registers and the three
     * workflows, whose code runs in jobs and listeners where an HTTP status means nothing. The feature packages
     * that own an endpoint (staff, notifications, evidence, corrections, reports, evidencepack, meetings, retention, demo)
     * may use them.
     */
    @ArchTest
    static final ArchRule no_web_types_below_the_edge = noClasses()
            .that().resideInAnyPackage(
                    packages("engine", "calendar", "registers", "supervision", "escalation", "probation"))
            .should().beAnnotatedWith(RestController.class)
            .orShould().beAnnotatedWith(Controller.class)
            .orShould().dependOnClassesThat().resideInAPackage(ROOT + "api..")
            .because("a workflow step or a register must not answer in HTTP terms");

    /**
     * A workflow step is called by the engine through the bean name its BPMN gives, and by nothing else: its class stays
     * package-private, so no other package can start to depend on one step of a workflow. The abstract bases that
     * steps share ({@code engine.FormCheck} and the like) are the exception.
     */
    @ArchTest
    static final ArchRule workflow_steps_are_not_public = classes()
            .that(DescribedPredicate.describe("are delegates, listeners or form checks",
                    (JavaClass c) -> c.isAssignableTo(JavaDelegate.class) || c.isAssignableTo(ExecutionListener.class)
                            || c.isAssignableTo(TaskListener.class)))
            .and().resideOutsideOfPackage(ROOT + "engine..")
            .should().notBePublic()
            .because("BPMN reaches a step by its bean name; other packages have no business calling it");

    private static DescribedPredicate<JavaClass> are(String... names) {
        java.util.Set<String> set = java.util.Set.of(names);
        return DescribedPredicate.describe("one of " + set,
                c -> set.contains(c.getName()) || set.contains(c.getName().replaceAll("\\$.*", "")));
    }
}

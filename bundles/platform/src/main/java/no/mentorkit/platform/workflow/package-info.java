/**
 * Steps in one module that another module may hold back, without either depending on the other: the module
 * taking a step asks every registered {@link no.mentorkit.platform.workflow.StepGuard} first (through
 * {@link no.mentorkit.platform.workflow.StepGuards}); the kinds of step both sides name are
 * {@link no.mentorkit.platform.workflow.StepKind} constants.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
@org.osgi.annotation.bundle.Export
package no.mentorkit.platform.workflow;

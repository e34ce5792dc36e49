/**
 * The form engine's API, shared by the assessment and ethics modules: the definition model
 * ({@link no.mentorkit.forms.FormDefinition}), the linter, the rules for visibility, answers and scoring, and the
 * registry of deployed, versioned definitions.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
@org.osgi.annotation.bundle.Export
package no.mentorkit.forms;

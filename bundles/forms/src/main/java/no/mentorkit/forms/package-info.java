/**
 * The form engine's API, what the modules that fill forms (assessment, ethics) use: the definition model
 * ({@link no.mentorkit.forms.FormDefinition} and its parts, answers), the registry of deployed, versioned
 * definitions ({@link no.mentorkit.forms.FormRegistry}) with the outcome of each deployment, the rules a filled
 * form is checked by ({@link no.mentorkit.forms.FormRules}, {@link no.mentorkit.forms.FormCheck}), and the
 * whiteboard by which a module claims a kind of form ({@link no.mentorkit.forms.FormKind}), and filled-in forms as
 * FHIR QuestionnaireResponses ({@link no.mentorkit.forms.FormResponses}). The engine itself
 * lives in {@code internal}.
 */
@org.osgi.annotation.versioning.Version("2.1.0")
@org.osgi.annotation.bundle.Export
package no.mentorkit.forms;

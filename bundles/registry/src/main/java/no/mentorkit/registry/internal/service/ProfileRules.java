package no.mentorkit.registry.internal.service;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import no.mentorkit.platform.rest.Validation;
import no.mentorkit.registry.internal.model.Codes;
import no.mentorkit.registry.internal.model.MentorProfile;

/** Validation of a mentor profile; every bad field is named so the form can mark them all at once. */
public final class ProfileRules {

    /** What a need may ask to have in common: matching compares it with the interests and the experiences. */
    private static final List<String> IN_COMMON = Stream.concat(Codes.INTERESTS.stream(), Codes.EXPERIENCES.stream())
            .toList();

    private ProfileRules() {
    }

    public static Validation validate(MentorProfile p, LocalDate today) {
        Validation v = new Validation();
        v.required("name", p.name());
        v.freeText("name", p.name(), 200);
        v.maxLength("email", p.email(), 200);
        v.check(p.email() == null || p.email().isBlank() || p.email().matches("[^@\\s]+@[^@\\s]+"), "email",
                "must be an e-mail address");
        v.maxLength("phone", p.phone(), 40);
        v.check(p.phone() == null || p.phone().matches("[+0-9 ()-]{0,40}"), "phone", "must be a phone number");
        v.freeText("organisation", p.organisation(), 200);
        v.oneOf("organisationType", p.organisationType(), Codes.ORGANISATION_TYPES, true);
        employment(v, p.employment());
        v.required("municipality", p.municipality()).maxLength("municipality", p.municipality(), 100);
        v.maxLength("county", p.county(), 100);
        v.oneOf("network", p.network(), Codes.NETWORKS, true);
        v.check(p.birthYear() == null || p.birthYear() >= today.getYear() - 100
                && p.birthYear() <= today.getYear() - 18, "birthYear", "must make the mentor 18 to 100 years old");
        v.oneOf("gender", p.gender(), Codes.GENDERS, false);
        for (int i = 0; i < p.languages().size(); i++) {
            var l = p.languages().get(i);
            v.check(l != null && l.code() != null && l.code().matches("[a-z]{2,3}"), "languages[" + i + "].code",
                    "must be an ISO 639 code such as nb, ar, so");
            v.check(l != null && Codes.LANGUAGE_LEVELS.contains(l.level()), "languages[" + i + "].level",
                    "must be one of " + String.join(", ", Codes.LANGUAGE_LEVELS));
        }
        v.freeText("background", p.background(), 2000);
        v.freeText("belonging", p.belonging(), 2000);
        codes(v, "interests", p.interests(), Codes.INTERESTS);
        codes(v, "experiences", p.experiences(), Codes.EXPERIENCES);
        codes(v, "competences", p.competences(), Codes.COMPETENCES);
        if (p.training() != null) {
            v.maxLength("training.cohort", p.training().cohort(), 40);
            v.check(!p.training().completed() || p.training().certifiedOn() != null, "training.certifiedOn",
                    "is required when the training is completed");
        }
        v.required("capacity", p.capacity());
        v.check(p.capacity() == null || p.capacity() >= 0 && p.capacity() <= 20, "capacity", "must be 0 to 20");
        v.oneOf("status", p.status(), Codes.MENTOR_STATUSES, true);
        var cert = p.policeCertificate();
        if (cert != null) {
            v.required("policeCertificate.type", cert.type()).maxLength("policeCertificate.type", cert.type(), 100);
            v.required("policeCertificate.issuedOn", cert.issuedOn());
            v.check(cert.issuedOn() == null || !cert.issuedOn().isAfter(today), "policeCertificate.issuedOn",
                    "must not be in the future");
            v.required("policeCertificate.seenBy", cert.seenBy()).maxLength("policeCertificate.seenBy", cert.seenBy(), 200);
        }
        for (int i = 0; i < p.conflicts().size(); i++) {
            var c = p.conflicts().get(i);
            v.required("conflicts[" + i + "].note", c == null ? null : c.note());
            if (c != null) {
                v.freeText("conflicts[" + i + "].note", c.note(), 500);
                v.check(c.caseCode() == null || c.caseCode().isBlank()
                        || Validation.CASE_CODE.matcher(c.caseCode()).matches(), "conflicts[" + i + "].caseCode",
                        "must be a case code such as ABC-2026-014");
            }
        }
        return v;
    }

    private static void employment(Validation v, MentorProfile.Employment e) {
        v.required("employment", e);
        if (e == null) {
            return;
        }
        v.oneOf("employment.model", e.model(), Codes.EMPLOYMENT_MODELS, true);
        if ("municipal-hours".equals(e.model())) {
            v.check(e.hoursPerWeek() != null && e.hoursPerWeek() >= 1 && e.hoursPerWeek() <= 40,
                    "employment.hoursPerWeek", "must be 1 to 40 hours freed a week");
        } else if ("mentor-bank".equals(e.model())) {
            v.required("employment.contractFrom", e.contractFrom());
            v.check(e.contractFrom() == null || e.contractTo() == null || !e.contractTo().isBefore(e.contractFrom()),
                    "employment.contractTo", "must not be before contractFrom");
        } else if ("dedicated-position".equals(e.model())) {
            v.check(e.positionPercent() != null && e.positionPercent() >= 1 && e.positionPercent() <= 100,
                    "employment.positionPercent", "must be 1 to 100 percent");
        }
    }

    /** A need's wanted interests and experiences, by the same codes a profile is recorded with. */
    public static void needInterests(Validation v, List<String> interests) {
        codes(v, "need.interests", interests, IN_COMMON);
    }

    /**
     * Each entry a code from the list (refused, never stored and ignored: an unknown code would count for nothing
     * in matching), each at most once.
     */
    private static void codes(Validation v, String field, List<String> values, List<String> allowed) {
        v.check(values.size() <= allowed.size(), field, "must have at most " + allowed.size() + " entries");
        for (int i = 0; i < values.size(); i++) {
            v.oneOf(field + "[" + i + "]", values.get(i), allowed, true);
            v.check(values.indexOf(values.get(i)) == i, field + "[" + i + "]", "is given twice");
        }
    }
}

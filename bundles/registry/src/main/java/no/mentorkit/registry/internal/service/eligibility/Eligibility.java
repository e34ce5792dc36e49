package no.mentorkit.registry.internal.service.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import no.mentorkit.registry.internal.model.MentorFacts;
import no.mentorkit.registry.internal.model.MentorProfile;

/**
 * The eligibility rules, pure: the same facts, policy and day give the same report. The gate methods are
 * shared with matching so a mentor is excluded there for exactly the reasons the report shows.
 */
public final class Eligibility {

    public static final String STATUS = "status";
    public static final String CERTIFICATE = "police-certificate";
    public static final String TRAINING = "training";
    public static final String SUPERVISION = "supervision";
    public static final String CAPACITY = "capacity";
    public static final String CONFLICTS = "conflicts";
    public static final String AGE = "age";

    private final EligibilityPolicy policy;

    public Eligibility(EligibilityPolicy policy) {
        this.policy = policy;
    }

    public EligibilityPolicy policy() {
        return policy;
    }

    public EligibilityReport report(MentorFacts m, LocalDate today) {
        MentorProfile p = m.profile();
        List<Check> checks = new ArrayList<>();
        checks.add(statusOk(m) ? new Check(STATUS, Check.OK, "active", null)
                : new Check(STATUS, Check.FAIL, "mentor status is " + p.status(), null));
        LocalDate certDue = certificateExpiry(m);
        if (certDue == null) {
            checks.add(new Check(CERTIFICATE, Check.FAIL, "no police certificate recorded as seen", null));
        } else if (!certDue.isAfter(today)) {
            checks.add(new Check(CERTIFICATE, Check.FAIL, "police certificate expired", certDue));
        } else {
            checks.add(new Check(CERTIFICATE, Check.OK, "seen, valid until " + certDue, certDue));
        }
        checks.add(trainingOk(m) ? new Check(TRAINING, Check.OK, "certified " + p.training().certifiedOn(), null)
                : new Check(TRAINING, Check.FAIL, "mentor training not completed", null));
        LocalDate supDue = supervisionDue(m);
        if (supDue == null) {
            checks.add(new Check(SUPERVISION, Check.FAIL, "no supervision recorded", null));
        } else if (supDue.isBefore(today)) {
            checks.add(new Check(SUPERVISION, Check.FAIL, "last supervision " + m.lastSupervision()
                    + " is older than " + policy.supervisionWeeks() + " weeks", supDue));
        } else {
            checks.add(new Check(SUPERVISION, Check.OK, "last supervision " + m.lastSupervision(), supDue));
        }
        checks.add(capacityLeft(m) ? new Check(CAPACITY, Check.OK,
                m.activeCourses() + " of " + p.capacityOrZero() + " places taken", null)
                : new Check(CAPACITY, Check.FAIL, "no capacity left: " + m.activeCourses() + " of "
                        + p.capacityOrZero() + " places taken", null));
        checks.add(hasGeneralConflict(m) ? new Check(CONFLICTS, Check.FAIL, "a declared conflict of interest "
                + "applies to every case", null) : new Check(CONFLICTS, Check.OK, "no general conflict declared", null));
        checks.add(ageCheck(m, today));
        boolean eligible = checks.stream().noneMatch(Check::failed);
        return new EligibilityReport(m.id(), p.name(), eligible, List.copyOf(checks));
    }

    /** The first failing gate's code, or null when the mentor may take a new case. */
    public String firstFailure(MentorFacts m, LocalDate today) {
        return gates(today).firstFailure(m);
    }

    /** The gates for one day, with its date limits worked out once: for matching over many mentors. */
    public Gates gates(LocalDate today) {
        return new Gates(today);
    }

    /** The eligibility gates on a given day; agrees with {@link #report} on every date, leap days included. */
    public final class Gates {
        /** A certificate issued on or before this day has expired. */
        private final LocalDate lastExpiredIssue;
        /** Supervision before this day is no longer current. */
        private final LocalDate oldestCurrentSupervision;

        Gates(LocalDate today) {
            int years = policy.certificateValidityYears();
            // plusYears is monotonic but not invertible on leap days: find the last issue date that has expired.
            LocalDate t = today.minusYears(years);
            while (!t.plusDays(1).plusYears(years).isAfter(today)) {
                t = t.plusDays(1);
            }
            while (t.plusYears(years).isAfter(today)) {
                t = t.minusDays(1);
            }
            lastExpiredIssue = t;
            oldestCurrentSupervision = today.minusWeeks(policy.supervisionWeeks());
        }

        public String firstFailure(MentorFacts m) {
            if (!statusOk(m)) {
                return STATUS;
            }
            var cert = m.profile().policeCertificate();
            if (cert == null || cert.issuedOn() == null || !cert.issuedOn().isAfter(lastExpiredIssue)) {
                return CERTIFICATE;
            }
            if (!trainingOk(m)) {
                return TRAINING;
            }
            if (m.lastSupervision() == null || m.lastSupervision().isBefore(oldestCurrentSupervision)) {
                return SUPERVISION;
            }
            if (!capacityLeft(m)) {
                return CAPACITY;
            }
            if (hasGeneralConflict(m)) {
                return CONFLICTS;
            }
            return null;
        }
    }

    /** Certificates and supervision that fall due within the look-ahead, or already have, soonest first. */
    public List<DueItem> dueSoon(List<MentorFacts> mentors, LocalDate today) {
        LocalDate horizon = today.plusDays(policy.dueSoonDays());
        List<DueItem> due = new ArrayList<>();
        for (MentorFacts m : mentors) {
            if (!statusOk(m)) {
                continue;
            }
            addIfDue(due, m, CERTIFICATE, certificateExpiry(m), today, horizon);
            addIfDue(due, m, SUPERVISION, supervisionDue(m), today, horizon);
        }
        due.sort(Comparator.comparing(DueItem::dueOn).thenComparing(DueItem::mentorId).thenComparing(DueItem::code));
        return due;
    }

    private static void addIfDue(List<DueItem> due, MentorFacts m, String code, LocalDate on, LocalDate today,
            LocalDate horizon) {
        if (on != null && !on.isAfter(horizon)) {
            due.add(new DueItem(m.id(), m.profile().name(), code, on, !on.isAfter(today)));
        }
    }

    public static boolean statusOk(MentorFacts m) {
        return "active".equals(m.profile().status());
    }

    public LocalDate certificateExpiry(MentorFacts m) {
        var cert = m.profile().policeCertificate();
        return cert == null || cert.issuedOn() == null ? null : cert.issuedOn().plusYears(policy.certificateValidityYears());
    }

    public static boolean trainingOk(MentorFacts m) {
        var t = m.profile().training();
        return t != null && t.completed();
    }

    /** The last day supervision still counts as current. */
    public LocalDate supervisionDue(MentorFacts m) {
        return m.lastSupervision() == null ? null : m.lastSupervision().plusWeeks(policy.supervisionWeeks());
    }

    public static boolean capacityLeft(MentorFacts m) {
        return m.activeCourses() < m.profile().capacityOrZero();
    }

    public static boolean hasGeneralConflict(MentorFacts m) {
        var conflicts = m.profile().conflicts();
        for (int i = 0; i < conflicts.size(); i++) {
            String code = conflicts.get(i).caseCode();
            if (code == null || code.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a declared conflict names this case. */
    public static boolean conflictsWith(MentorFacts m, String caseCode) {
        var conflicts = m.profile().conflicts();
        if (caseCode == null || conflicts.isEmpty()) {
            return false;
        }
        for (int i = 0; i < conflicts.size(); i++) {
            String code = conflicts.get(i).caseCode();
            if (code != null && code.equalsIgnoreCase(caseCode.strip())) {
                return true;
            }
        }
        return false;
    }

    public static Integer age(MentorProfile p, LocalDate today) {
        return p.birthYear() == null ? null : today.getYear() - p.birthYear();
    }

    private Check ageCheck(MentorFacts m, LocalDate today) {
        Integer age = age(m.profile(), today);
        if (age == null) {
            return new Check(AGE, Check.WARN, "birth year not recorded", null);
        }
        return age >= policy.preferredMinimumAge() ? new Check(AGE, Check.OK, "age " + age, null)
                : new Check(AGE, Check.WARN, "age " + age + " is under the preferred " + policy.preferredMinimumAge(), null);
    }

    /** Whether the age warning applies; for matching. */
    public boolean youngerThanPreferred(MentorFacts m, LocalDate today) {
        Integer age = age(m.profile(), today);
        return age == null || age < policy.preferredMinimumAge();
    }
}

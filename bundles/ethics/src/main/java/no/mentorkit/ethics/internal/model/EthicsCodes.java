package no.mentorkit.ethics.internal.model;

import java.util.List;

/** Codes the ethics API speaks (legal bases, completion states, hold codes); labels live in the UI. */
public final class EthicsCodes {

    /** Module id: the audit log's module, the holds' module and the API path {@code /api/ethics}. */
    public static final String MODULE = "ethics";

    /** The legal bases a disclosure may rest on. */
    public static final String CONSENT = "consent";
    /** An exception from confidentiality in forvaltningsloven §13 (which one is named in the text). */
    public static final String FVL13_EXCEPTION = "fvl13-exception";
    /** The duty to avert serious crimes, straffeloven §196, which overrides confidentiality. */
    public static final String STRL196_AVERTING = "strl196-averting";
    public static final String COURT_ORDER = "court-order";
    public static final String OTHER = "other";
    public static final List<String> LEGAL_BASES = List.of(CONSENT, FVL13_EXCEPTION, STRL196_AVERTING, COURT_ORDER,
            OTHER);

    /** States of a checklist completion, in order. */
    public static final String DRAFT = "draft";
    public static final String SIGNED = "signed";
    public static final String COUNTERSIGNED = "countersigned";

    /** What a completion is about: {@code course:<caseCode>} or {@code mentor:<userId>}. */
    public static final String COURSE = "course";
    public static final String MENTOR = "mentor";

    /** The hold a required, not yet countersigned start checklist puts on a course's activation. */
    public static final String HOLD_CHECKLIST_UNSIGNED = "checklist-unsigned";

    private EthicsCodes() {
    }
}

package no.mentorkit.itests.support;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 16, item 2: a record the caller may not see must answer exactly as one that does not exist, so nobody learns
 * which ids or case codes exist by probing them.
 */
public final class Oracles {

    private Oracles() {
    }

    /**
     * Compares the refusal of an existing record with the answer for a missing one field by field: status, content
     * type, problem type, title, detail and field errors, with the missing record's id read as the existing one's.
     */
    public static void assertAnswersAsMissing(Http.Answer refused, String existingId, Http.Answer missing,
            String missingId) {
        String what = "refused " + refused + " vs missing " + missing;
        assertEquals(what, missing.status(), refused.status());
        assertEquals(what, missing.header("Content-Type"), refused.header("Content-Type"));
        JsonNode r = refused.json();
        JsonNode m = missing.json();
        for (String field : new String[] {"type", "title", "status", "detail", "errors"}) {
            assertEquals(what + " in " + field, m.path(field).toString().replace(missingId, existingId),
                    r.path(field).toString());
        }
    }
}
